import { render, screen, waitFor } from '@testing-library/react';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { ReportPage } from '@/features/pdf-export/report-page';
import { demoReportData } from '../unit/report-fixtures';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('report screen', () => {
  it('offers the export in both languages and warns that a draft is marked as such', async () => {
    const { bundle } = demoReportData();
    await replaceAssessmentBundle(bundle);
    render(<ReportPage assessmentId={bundle.assessment.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Demoland (demo)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'العربية' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
    expect(screen.getByText(/every page is marked “Draft”/)).toBeInTheDocument();
  });

  it('says clearly when the file to check is not a PDF', async () => {
    const { bundle } = demoReportData();
    await replaceAssessmentBundle(bundle);
    const user = userEvent.setup();
    render(<ReportPage assessmentId={bundle.assessment.id} />);
    const input = await screen.findByLabelText('Report PDF to check');
    await user.upload(input, new File(['not a pdf at all'], 'notes.pdf', { type: 'application/pdf' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('This file is not a PDF.');
    expect(alert).toHaveAttribute('data-reason', 'not-pdf');
  }, 20_000);

  it('shows that the assessment does not exist instead of an empty screen', async () => {
    render(<ReportPage assessmentId="nowhere" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This assessment does not exist on this device.' })).toBeInTheDocument();
  });

  it('counts the places the chosen report would print untranslated, and follows the contents chosen', async () => {
    const { bundle } = demoReportData();
    await replaceAssessmentBundle(bundle);
    const catalogues = await loadBundledCatalogues();
    const user = userEvent.setup();
    render(<ReportPage assessmentId={bundle.assessment.id} catalogues={catalogues} />);
    const count = async () => Number((await screen.findByTestId('untranslated-count')).dataset.count);
    const before = await count();
    // A justification written only in Arabic, printed in the working draft's indicator table.
    const response = bundle.responses.find((r) => r.justification.trim() !== '' && !r.notApplicable)!;
    await db.responses.put({ ...response, justification: 'نص كتبه الفريق بالعربية فقط', translations: {} });
    await waitFor(async () => expect(await count()).toBeGreaterThan(before));
    const withTable = await count();
    expect(screen.getByTestId('untranslated-count')).toHaveTextContent(/This English report would print \d+ texts? in the other language/);
    expect(screen.getByRole('radio', { name: /Working draft/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Indicator-by-indicator table with answers and justifications' }));
    // Only the table's copy of the justification goes; a finding drafted from it stays.
    await waitFor(async () => expect(await count()).toBe(withTable - 1));
    expect(screen.getByRole('radio', { name: /Working draft/ })).not.toBeChecked();
    // The Arabic report has the Arabic text: nothing of it is printed in the other language.
    await user.click(screen.getByRole('checkbox', { name: 'Indicator-by-indicator table with answers and justifications' }));
    await user.click(screen.getByRole('radio', { name: 'العربية' }));
    expect(Number(screen.getByTestId('untranslated-count').dataset.count)).toBeLessThan(withTable);
  }, 30_000);
});
