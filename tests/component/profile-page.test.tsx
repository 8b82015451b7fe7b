import { act, render, screen, waitFor, within } from '@testing-library/react';
import { fromSingle } from '@/domain/bilingual-text';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { findOption } from '@/domain/catalogue';
import { ProfilePage } from '@/features/profile/profile-page';
import { realCatalogueSet } from '../unit/catalogue-fixtures';

const set = realCatalogueSet();
const catalogue = set.catalogues.find((c) => c.frameworkId === 'mgi-national')!;

beforeAll(() => {
  // jsdom has no layout: recharts' responsive mode needs a ResizeObserver to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(async () => {
  window.location.hash = `#/assessments/${DEMO_FOLLOW_UP_ID}/profile`;
  for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function developedCell(domainName: string): HTMLElement {
  const table = within(screen.getByTestId('chart-domains')).getByRole('table', { hidden: true });
  const row = within(table)
    .getAllByRole('rowheader', { hidden: true })
    .find((h) => h.textContent === domainName)
    ?.closest('tr');
  if (!row)
    throw new Error(
      `no row ${domainName}: ${within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((h) => h.textContent)
        .join('|')}`,
    );
  return within(row).getAllByRole('cell', { hidden: true })[0]!;
}

// A full 90-indicator profile renders in jsdom in a few seconds on a slow machine.
describe('the profile screen', { timeout: 20_000 }, () => {
  it('recomputes live when an answer is written, with no reload', async () => {
    render(<ProfilePage assessmentId={DEMO_FOLLOW_UP_ID} catalogues={set} />);
    await screen.findByRole('heading', { level: 1, name: /^Country profile: Demoland \(demo\)/ });
    const before = Number(developedCell("D1 Migrants' rights").textContent);
    const stored = await db.responses.get(`${DEMO_FOLLOW_UP_ID}:D1.1.1`);
    const indicator = catalogue.indicators.find((i) => i.id === 'D1.1.1')!;
    expect(findOption(indicator, stored?.answer)?.level).toBe('developed');
    const gap = indicator.scale.options.find((o) => o.level === 'gap')!.value;
    await act(async () => {
      await db.responses.put({ ...stored!, answer: gap, revision: stored!.revision + 1 });
    });
    await waitFor(() => expect(Number(developedCell("D1 Migrants' rights").textContent)).toBe(before - 1));
  });

  it('hides a finding, saves it automatically with a history entry, and offers to show it again', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/assessments/${DEMO_FOLLOW_UP_ID}/profile?tab=findings`;
    render(<ProfilePage assessmentId={DEMO_FOLLOW_UP_ID} catalogues={set} />);
    const hide = await screen.findByRole('button', { name: /^Hide from the profile: Migration strategy: / });
    const historyBefore = await db.history.count();
    await user.click(hide);
    await waitFor(
      async () => expect((await db.profiles.get(DEMO_FOLLOW_UP_ID))?.editing.overrides['well-developed:D2.2']).toEqual({ hidden: true }),
      { timeout: 8000 },
    );
    expect(await db.history.count()).toBe(historyBefore + 1);
    expect(await screen.findByRole('button', { name: /^Show again: Migration strategy: / })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
  });

  it('keeps a researcher-added finding tied to the indicators it names', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/assessments/${DEMO_FOLLOW_UP_ID}/profile?tab=findings`;
    render(<ProfilePage assessmentId={DEMO_FOLLOW_UP_ID} catalogues={set} />);
    await user.click(await screen.findByText('Add a finding'));
    await user.click(screen.getByRole('button', { name: 'Add the finding' }));
    expect(screen.getByText('Write the finding in at least one language.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one indicator, so the finding can be traced to its evidence.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Finding: English'));
    await user.paste('Health care open to all migrants');
    await user.click(screen.getByRole('checkbox', { name: /^D1\.1\.1 / }));
    await user.click(screen.getByRole('button', { name: 'Add the finding' }));
    await waitFor(async () => expect((await db.profiles.get(DEMO_FOLLOW_UP_ID))?.editing.added).toHaveLength(1), { timeout: 8000 });
    const line = (await screen.findAllByText('Health care open to all migrants')).find((el) => el.closest('[data-finding-id]'))!;
    await user.click(within(line.closest('li')!).getByRole('button', { name: /^Indicators behind this: 1/ }));
    const panel = await screen.findByTestId('evidence-panel');
    expect(within(panel).getByRole('link', { name: 'Open D1.1.1 in the workspace' })).toHaveAttribute(
      'href',
      `#/assessments/${DEMO_FOLLOW_UP_ID}?indicator=D1.1.1`,
    );
  });

  it('shows a published round read-only, with nothing to compare it with', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/assessments/${DEMO_BASELINE_ID}/profile?tab=findings`;
    render(<ProfilePage assessmentId={DEMO_BASELINE_ID} catalogues={set} />);
    expect(await screen.findByText(/This assessment is published/)).toBeInTheDocument();
    expect(await screen.findAllByRole('button', { name: /^Indicators behind this/ })).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: /^Hide from the profile/ })).toBeNull();
    expect(screen.queryByText('Add a finding')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Change since the previous round' }));
    expect(await screen.findByText(/names no previous round/)).toBeInTheDocument();
  });

  it('does not overwrite a draft another tab saved meanwhile, and offers to load it', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/assessments/${DEMO_FOLLOW_UP_ID}/profile?tab=narrative`;
    render(<ProfilePage assessmentId={DEMO_FOLLOW_UP_ID} catalogues={set} />);
    const methodology = await screen.findByLabelText('Methodology: English');
    // Another tab stores a newer draft while this one is being edited.
    const stored = (await db.profiles.get(DEMO_FOLLOW_UP_ID))!;
    await user.click(methodology);
    await user.paste(' Edited here.');
    await act(async () => {
      await db.profiles.put({ ...stored, methodology: fromSingle('Edited in another tab.'), updatedAt: '2099-01-01T00:00:00.000Z' });
    });
    const reload = await screen.findByRole('button', { name: 'Load the latest saved version' }, { timeout: 40_000 });
    expect((await db.profiles.get(DEMO_FOLLOW_UP_ID))?.methodology.en).toBe('Edited in another tab.');
    await user.click(reload);
    await waitFor(() => expect(screen.getByLabelText('Methodology: English')).toHaveValue('Edited in another tab.'));
    // The narrative tab renders some thirty side-by-side editors; a busy CI machine needs the time.
  }, 70_000);
});
