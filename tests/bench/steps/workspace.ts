import type { Locator, Page } from 'playwright-core';
import type { InPageHelpers } from '../browser';
import { timeInput } from '../browser';
import type { BenchContext } from '../context';
import { INDICATOR_ROW } from '../context';
import type { Recorder } from '../interactions';
import { answerWhoIsWorking, requireNoModal } from '../deadline';
import { completeSample } from '../interactions';

/**
 * The scoring workspace on the large store (issue 3 builds it). Every part is detected at run time
 * from the page, by role, and skipped with a note until it exists:
 * - answer key press → IndexedDB: tests/bench/keypress-to-idb.ts (the scoring engineer's module);
 * - search: a searchbox in the page; filter: a combobox named status/answer/filter;
 * - sort: a button in a column header; opening an indicator: Enter on a focused row.
 * Each is timed from the real input event to the rows changing on screen (next frame).
 */

type KeypressModule = {
  measureKeypressToCommit(
    page: Page,
    options: { runs: number },
  ): Promise<{ keypressMs: number[]; bareDexiePutMs: number[]; longTaskMs?: number[] }>;
};
/** Where the table's interactions change the page: their floor redraws this container. */
const TABLE_CONTAINER = '[data-testid="indicator-table"]';
const keypressModules = import.meta.glob<KeypressModule>('/tests/bench/keypress-to-idb.ts');

/** A word that appears in some indicator questions but not all, so a search narrows the rows. */
export const SEARCH_TERM = 'labour';
const ROWS_CHANGED = `() => window.__benchRowSignature() !== window.__benchBefore`;
const SORTED = `() => window.__benchRowSignature() !== window.__benchBefore || (document.querySelector('thead th button, [role="columnheader"] button')?.closest('th, [role="columnheader"]')?.getAttribute('aria-sort') ?? '') !== window.__benchSort`;
const DETAIL = '[role="dialog"], [data-testid="indicator-detail"]';

async function rememberRows(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as InPageHelpers & { __benchBefore: string };
    w.__benchBefore = w.__benchRowSignature();
  });
}

async function firstVisible(locator: Locator): Promise<Locator | null> {
  return (await locator.count()) > 0 ? locator.first() : null;
}

/** A part that fails (a changed contract, a timeout) is reported, and the rest of the bench goes on. */
async function guarded(
  ctx: BenchContext,
  page: Page,
  recorder: Recorder,
  id: string,
  label: string,
  part: () => Promise<void>,
): Promise<void> {
  try {
    await answerWhoIsWorking(page);
    await requireNoModal(page, label);
    await part();
  } catch (error) {
    const reason = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    ctx.skipped.push({
      id,
      label: recorder.throttled ? `${label} (CPU throttled)` : label,
      reason,
      hook: 'tests/bench/steps/workspace.ts',
    });
  }
}

/** Says once (in the normal pass) that a part is missing from the page. */
function missing(ctx: BenchContext, recorder: Recorder, entry: BenchContext['skipped'][number]): void {
  if (!recorder.throttled) ctx.skipped.push(entry);
}

export async function workspaceStep(ctx: BenchContext, page: Page, recorder: Recorder, runs: number): Promise<void> {
  const part = { ctx, page, recorder, runs };
  await guarded(ctx, page, recorder, 'workspace.keypress', 'answer key press → committed in IndexedDB', () => keypressHook(part));
  await guarded(ctx, page, recorder, 'workspace.table', 'table search, filter and sort', () => tableParts(part));
  await guarded(ctx, page, recorder, 'workspace.open-indicator', 'open an indicator', () => openIndicator(part));
}

type Part = { ctx: BenchContext; page: Page; recorder: Recorder; runs: number };

async function tableParts({ ctx, page, recorder, runs }: Part): Promise<void> {
  const main = page.locator('main');

  const search = await firstVisible(main.getByRole('searchbox'));
  if (search) {
    for (let run = 0; run < runs; run += 1) {
      await rememberRows(page);
      const narrowed = await timeInput(page, 'input', ROWS_CHANGED, () => search.fill(SEARCH_TERM), TABLE_CONTAINER);
      recorder.add('workspace.search', `search "${SEARCH_TERM}" → rows narrowed`, await completeSample(page, narrowed));
      await rememberRows(page);
      const cleared = await timeInput(page, 'input', ROWS_CHANGED, () => search.fill(''), TABLE_CONTAINER);
      recorder.add('workspace.search.clear', 'clear the search → all rows back', await completeSample(page, cleared));
    }
  } else {
    missing(ctx, recorder, {
      id: 'workspace.search',
      label: 'table search latency',
      reason: 'no searchbox on the assessment page',
      hook: 'detected at run time: getByRole("searchbox") in <main>',
    });
  }

  const filter = await firstVisible(main.getByRole('combobox', { name: /status|answer|filter/i }));
  if (filter) {
    const values = await filter.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const [all, some] = [values[0] ?? '', values[1] ?? ''];
    for (let run = 0; run < runs; run += 1) {
      await rememberRows(page);
      const changed = await timeInput(
        page,
        'input',
        ROWS_CHANGED,
        async () => void (await filter.selectOption(run % 2 === 0 ? some : all)),
        TABLE_CONTAINER,
      );
      recorder.add('workspace.filter', 'filter by status/answer → rows changed', await completeSample(page, changed));
    }
    // Leave every row shown for the parts after this one (an odd number of runs ends filtered).
    await filter.selectOption(all);
    await page.locator(INDICATOR_ROW).nth(89).waitFor({ state: 'attached', timeout: 10_000 });
  } else {
    missing(ctx, recorder, {
      id: 'workspace.filter',
      label: 'table filter latency',
      reason: 'no status/answer filter on the assessment page',
      hook: 'detected at run time: getByRole("combobox", { name: /status|answer|filter/i }) in <main>',
    });
  }

  const sortButton = await firstVisible(main.locator('thead th button, [role="columnheader"] button'));
  if (sortButton) {
    for (let run = 0; run < runs; run += 1) {
      await rememberRows(page);
      // A click may sort into the order already shown; then only the header's aria-sort changes.
      await sortButton.evaluate(
        (button) =>
          ((window as unknown as { __benchSort: string }).__benchSort =
            button.closest('th, [role="columnheader"]')?.getAttribute('aria-sort') ?? ''),
      );
      const sorted = await timeInput(page, 'click', SORTED, () => sortButton.click(), TABLE_CONTAINER);
      recorder.add('workspace.sort', 'sort by a column → rows reordered', await completeSample(page, sorted));
    }
  } else {
    missing(ctx, recorder, {
      id: 'workspace.sort',
      label: 'table sort latency',
      reason: 'no sortable column header on the assessment page',
      hook: 'detected at run time: a <button> in a column header in <main>',
    });
  }
}

async function keypressHook({ ctx, page, recorder, runs }: Part): Promise<void> {
  const load = keypressModules['/tests/bench/keypress-to-idb.ts'];
  if (!load) {
    missing(ctx, recorder, {
      id: 'workspace.keypress',
      label: 'answer key press → committed in IndexedDB',
      reason: 'tests/bench/keypress-to-idb.ts does not exist',
      hook: 'tests/bench/keypress-to-idb.ts exporting measureKeypressToCommit(page, { runs })',
    });
    return;
  }
  ctx.log('workspace: answer key press → IndexedDB (tests/bench/keypress-to-idb.ts)');
  const { measureKeypressToCommit } = await load();
  const { keypressMs, bareDexiePutMs, longTaskMs } = await measureKeypressToCommit(page, { runs });
  keypressMs.forEach((ms, run) => {
    const sample = { ms, floorMs: bareDexiePutMs[run] ?? null, longTaskMs: longTaskMs?.[run] ?? 0 };
    recorder.add(
      'workspace.keypress',
      'answer key press → value committed in IndexedDB (next frame)',
      sample,
      'bare Dexie put + next frame',
    );
  });
}

/** Opening an indicator: Enter on a focused row shows a dialog or the indicator detail. */
async function openIndicator({ ctx, page, recorder, runs }: Part): Promise<void> {
  const row = page.locator(INDICATOR_ROW).nth(4);
  const focusable =
    (await row.count()) > 0 && (await row.evaluate((el) => (el as HTMLElement).tabIndex >= 0 || el.hasAttribute('tabindex')));
  if (!focusable) {
    missing(ctx, recorder, {
      id: 'workspace.open-indicator',
      label: 'open an indicator',
      reason: 'indicator rows are not focusable yet',
      hook: `detected at run time: Enter on a focused [data-indicator-id] row shows ${DETAIL}`,
    });
    return;
  }
  if ((await page.locator(DETAIL).count()) > 0) {
    missing(ctx, recorder, {
      id: 'workspace.open-indicator',
      label: 'open an indicator',
      reason: 'an indicator detail is already shown before Enter',
      hook: `Enter on a focused [data-indicator-id] row shows ${DETAIL}`,
    });
    return;
  }
  const opened = `() => !!document.querySelector('${DETAIL}')`;
  for (let run = 0; run < runs; run += 1) {
    const hash = await page.evaluate(() => window.location.hash);
    await row.focus();
    const ms = await timeInput(page, 'keydown', opened, () => page.keyboard.press('Enter'), 'main');
    recorder.add('workspace.open-indicator', 'Enter on a row → indicator opened', await completeSample(page, ms));
    // Close it again: Escape, and back to the URL without the open indicator.
    await page.keyboard.press('Escape');
    if ((await page.evaluate(() => window.location.hash)) !== hash) await page.evaluate((h) => (window.location.hash = h), hash);
    await page.locator(DETAIL).first().waitFor({ state: 'detached', timeout: 10_000 });
  }
}
