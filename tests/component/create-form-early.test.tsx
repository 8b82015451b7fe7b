import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVersions } from '@/catalog/catalogue-lookup';
import type { Catalogue } from '@/domain/catalogue';
import { db } from '@/db/db';
import { CreateAssessmentForm } from '@/features/assessments/create-assessment-form';
import { switchLocale } from '@/app/switch-locale';
import { realCatalogueSet } from '../unit/catalogue-fixtures';

// The start screen shows the create form before the catalogues have loaded (docs/PERFORMANCE.md):
// the fields work at once, the catalogue choice and a submit wait for the catalogues.
const catalogues = realCatalogueSet().catalogues;
/** The form's default for a level: its newest release. */
const newest = (level: Catalogue['level']) =>
  catalogues.filter((c) => c.level === level).sort((a, b) => compareVersions(b.version, a.version))[0];

function deferred() {
  let resolve: (value: readonly Catalogue[]) => void = () => undefined;
  const promise = new Promise<readonly Catalogue[]>((done) => (resolve = done));
  return { promise, resolve };
}

beforeEach(async () => {
  window.location.hash = '#/';
  await switchLocale('en');
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the create form while the catalogues load', () => {
  it('takes input at once and creates the assessment with the default catalogue when they arrive', async () => {
    const user = userEvent.setup();
    const loading = deferred();
    const { rerender } = render(<CreateAssessmentForm catalogues={undefined} whenCatalogues={() => loading.promise} existing={[]} />);
    expect(screen.getByRole('combobox', { name: 'Indicator catalogue' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'JO');
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    // Nothing is written before the catalogues are there, and the submit is busy meanwhile.
    expect(screen.getByRole('button', { name: 'Create assessment' })).toBeDisabled();
    expect(await db.assessments.count()).toBe(0);
    loading.resolve(catalogues);
    rerender(<CreateAssessmentForm catalogues={catalogues} whenCatalogues={() => loading.promise} existing={[]} />);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/assessments\//));
    const [created] = await db.assessments.toArray();
    const national = newest('national')!;
    expect(created).toMatchObject({ countryCode: 'JO', frameworkId: national.frameworkId, catalogueVersion: national.version });
  });

  it('shows field errors at once, without waiting for the catalogues', async () => {
    const user = userEvent.setup();
    render(<CreateAssessmentForm catalogues={undefined} whenCatalogues={() => new Promise(() => undefined)} existing={[]} />);
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose a country.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create assessment' })).toBeEnabled();
  });

  it('picks the Local MGI catalogue for a local assessment chosen before the catalogues arrived', async () => {
    const user = userEvent.setup();
    const local = newest('local');
    if (!local) throw new Error('the bundled catalogues have no Local MGI catalogue');
    const { rerender } = render(<CreateAssessmentForm catalogues={undefined} whenCatalogues={async () => catalogues} existing={[]} />);
    await user.click(screen.getByRole('radio', { name: /local/i }));
    rerender(<CreateAssessmentForm catalogues={catalogues} whenCatalogues={async () => catalogues} existing={[]} />);
    expect(screen.getByRole('combobox', { name: 'Indicator catalogue' })).toHaveValue(`${local.frameworkId}@${local.version}`);
  });
});
