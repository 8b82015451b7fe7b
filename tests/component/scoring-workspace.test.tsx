import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { createAssessment, replaceAssessmentBundle } from '@/db/commands';
import { editResponse } from '@/db/response-commands';
import { db } from '@/db/db';
import { buildDemoBundles, DEMO_BASELINE_ID } from '@/demo/demo-assessment';
import { switchLocale } from '@/app/switch-locale';
import { setCurrentMember } from '@/state/ui-store';

// jsdom re-renders the 90-row table slowly on a loaded CI machine; these are upper bounds, not timings.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  await switchLocale('en');
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function openNewAssessment(): Promise<string> {
  const set = await loadBundledCatalogues();
  const catalogue = set.catalogues.find((c) => c.level === 'national')!;
  const assessment = await createAssessment(
    {
      frameworkId: catalogue.frameworkId,
      catalogueVersion: catalogue.version,
      level: 'national',
      countryCode: 'JO',
      round: 1,
      year: 2026,
      previousAssessmentId: null,
      phase: 'data-collection',
      isDemo: false,
    },
    null,
  );
  window.location.hash = `#/assessments/${assessment.id}`;
  return assessment.id;
}

describe('scoring workspace', () => {
  it('scores by keyboard: arrows move, digits answer, 0 clears, and the save state says when it is stored', async () => {
    const id = await openNewAssessment();
    render(<App />);
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('[data-indicator-id]')).toHaveLength(90));
    const rows = table.querySelectorAll<HTMLElement>('[data-indicator-id]');
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: '1' });
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: '2' });
    fireEvent.keyDown(rows[1]!, { key: 'j' });
    fireEvent.keyDown(rows[2]!, { key: '3' });
    fireEvent.keyDown(rows[2]!, { key: '0' });
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'), { timeout: 10_000 });
    const responses = await db.responses.where('assessmentId').equals(id).sortBy('indicatorId');
    expect(responses.map((r) => [r.indicatorId, r.answer !== null])).toEqual([
      [rows[0]!.dataset.indicatorId, true],
      [rows[1]!.dataset.indicatorId, true],
      [rows[2]!.dataset.indicatorId, false],
    ]);
    await waitFor(() => expect(within(rows[0]!).getByText('Draft')).toBeInTheDocument());
  }, 30_000);

  it('opens an indicator with Enter, keeps it in the URL, and autosaves the justification', async () => {
    const id = await openNewAssessment();
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('[data-indicator-id]')).toHaveLength(90));
    const row = table.querySelectorAll<HTMLElement>('[data-indicator-id]')[4]!;
    const indicatorId = row.dataset.indicatorId!;
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toContain(`indicator=${indicatorId}`));
    const detail = await screen.findByTestId('indicator-detail');
    await user.type(within(detail).getByLabelText('Justification: English'), 'Article 12 of the Residence Act');
    await user.tab();
    await waitFor(async () =>
      expect((await db.responses.get(`${id}:${indicatorId}`))?.justification).toBe('Article 12 of the Residence Act'),
    );
    await waitFor(() =>
      expect(within(detail).getByTestId('history-list')).toHaveTextContent(
        `set the justification of ${indicatorId} to “Article 12 of the Residence Act”.`,
      ),
    );
  }, 30_000);

  it('filters the table and keeps the filter in the URL', async () => {
    await openNewAssessment();
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('[data-indicator-id]')).toHaveLength(90));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'D3');
    await waitFor(() => expect(window.location.hash).toContain('domain=D3'));
    const shown = [...table.querySelectorAll<HTMLElement>('[data-indicator-id]')].map((row) => row.dataset.indicatorId);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((rowId) => rowId?.startsWith('D3.'))).toBe(true);
  }, 30_000);

  it('is read-only with a clear note when the assessment is published', async () => {
    const set = await loadBundledCatalogues();
    const catalogue = set.catalogues.find((c) => c.level === 'national')!;
    for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
    setCurrentMember(DEMO_BASELINE_ID, `${DEMO_BASELINE_ID}-member-1`);
    window.location.hash = `#/assessments/${DEMO_BASELINE_ID}?indicator=D1.1.1`;
    render(<App />);
    expect(await screen.findByTestId('lock-note', {}, { timeout: 15_000 })).toHaveTextContent('read-only');
    const detail = await screen.findByTestId('indicator-detail');
    expect(within(detail).getByLabelText('Justification: English')).toHaveAttribute('readonly');
    const before = await db.responses.get(`${DEMO_BASELINE_ID}:D1.1.1`);
    const row = document.querySelector<HTMLElement>('[data-indicator-id="D1.1.1"]')!;
    row.focus();
    fireEvent.keyDown(row, { key: '3' });
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'));
    expect(await db.responses.get(`${DEMO_BASELINE_ID}:D1.1.1`)).toEqual(before);
  }, 30_000);
  it('does not overwrite a justification another window changed meanwhile: the user chooses', async () => {
    const id = await openNewAssessment();
    const user = userEvent.setup();
    window.location.hash = `#/assessments/${id}?indicator=D1.1.1`;
    render(<App />);
    const detail = await screen.findByTestId('indicator-detail', {}, { timeout: 15_000 });
    const field = within(detail).getByLabelText('Justification: English');
    await user.type(field, 'Mine');
    // Another window saves its own text before this window's debounced write runs.
    await editResponse({
      assessmentId: id,
      indicatorId: 'D1.1.1',
      edit: { patch: { justification: 'Theirs' }, base: { justification: '' }, memberId: null, reason: '', allowedAnswers: ['x'] },
    });
    const alert = await within(detail).findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('Theirs');
    expect((await db.responses.get(`${id}:D1.1.1`))?.justification).toBe('Theirs');
    expect(field).toHaveValue('Mine');
    await user.click(within(alert).getByRole('button', { name: 'Keep my text' }));
    await waitFor(async () => expect((await db.responses.get(`${id}:D1.1.1`))?.justification).toBe('Mine'));
    const history = await db.history
      .where('[assessmentId+indicatorId]')
      .equals([id, 'D1.1.1'])
      .and((e) => e.field === 'justification')
      .toArray();
    expect(history.map((e) => [e.before, e.after])).toEqual([
      ['', 'Theirs'],
      ['Theirs', 'Mine'],
    ]);
  }, 30_000);

  it('sorts by a column and keeps the sort in the URL', async () => {
    await openNewAssessment();
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('[data-indicator-id]')).toHaveLength(90));
    await user.click(within(table).getByRole('button', { name: /^Id/ }));
    await waitFor(() => expect(window.location.hash).toMatch(/sort=id\.(asc|desc)/));
    expect(within(table).getByRole('columnheader', { name: /^Id/ })).toHaveAttribute('aria-sort');
  }, 30_000);
});
