import { join } from 'node:path';
import type DexieType from 'dexie';
import type { Page } from 'playwright-core';
import { DEXIE_URL } from './context';
import { answerWhoIsWorking, requireNoModal, STEP_TIMEOUT_MS, within } from './deadline';

/**
 * Key press → committed in IndexedDB, for `npm run bench` (owned by the benchmark script, which
 * calls this). Needs a page showing an editable scoring workspace (#/assessments/<id>).
 *
 * Each run focuses an indicator row, presses an answer key, and measures inside the page from the
 * keydown event to the moment the save indicator (data-testid="save-state") goes from "saving"
 * back to "saved", which the app sets only after the IndexedDB transaction committed, plus the
 * next frame (when the user sees it). Its floor, after each press in the same page: a bare Dexie
 * put of one response row on a scratch database plus the same next frame (Dexie's own build is
 * added to the page for it; the app's copy is bundled and out of reach). It answers "who is
 * working" first (as the user must before any change), and every wait ends with a message.
 */

type Timed = { ms: number; longTaskMs: number };
type BenchWindow = typeof window & {
  __mgiKeypressBench?: Promise<Timed>;
  __benchLongest?: (from: number, to: number) => number;
  __mgiBareDexiePut?: (run: number) => Promise<number>;
  Dexie?: typeof DexieType;
};

const SCRATCH_DATABASE = 'mgi-bench-scratch';
const TIMEOUT_MS = 10_000;

async function armKeypressTimer(page: Page): Promise<void> {
  await page.evaluate((timeoutMs) => {
    const target = document.querySelector('[data-testid="save-state"]');
    if (!target) throw new Error('no [data-testid="save-state"] element: is a scoring workspace open?');
    (window as BenchWindow).__mgiKeypressBench = new Promise<Timed>((resolve, reject) => {
      let pressedAt: number | null = null;
      let sawSaving = false;
      const onKeyDown = () => {
        pressedAt ??= performance.now();
      };
      const observer = new MutationObserver(() => {
        if (pressedAt === null) return;
        const state = target.getAttribute('data-state');
        if (state === 'saving') sawSaving = true;
        if (state === 'saved' && sawSaving) {
          finish();
          const start = pressedAt;
          requestAnimationFrame(() =>
            setTimeout(() => {
              const end = performance.now();
              resolve({ ms: end - start, longTaskMs: (window as BenchWindow).__benchLongest?.(start, end) ?? 0 });
            }, 0),
          );
        }
      });
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no saving → saved within ${timeoutMs} ms after the key press`));
      }, timeoutMs);
      function finish() {
        clearTimeout(timer);
        observer.disconnect();
        document.removeEventListener('keydown', onKeyDown, true);
      }
      document.addEventListener('keydown', onKeyDown, true);
      observer.observe(target, { attributes: true, attributeFilter: ['data-state'] });
    });
  }, TIMEOUT_MS);
}

/** Adds Dexie to the page and a timed bare put (plus the next frame) on a scratch database. */
async function prepareBareDexiePut(page: Page): Promise<void> {
  // Served to the page on the app's own origin (the app's CSP allows same-origin scripts only).
  const url = new URL(DEXIE_URL, page.url()).href;
  await page.route(url, (route) =>
    route.fulfill({ path: join(process.cwd(), 'node_modules', 'dexie', 'dist', 'dexie.min.js'), contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url });
  await page.unroute(url);
  await page.evaluate(async (name) => {
    const w = window as BenchWindow;
    if (!w.Dexie) throw new Error('Dexie did not load into the page');
    await w.Dexie.delete(name);
    const scratch = new w.Dexie(name);
    scratch.version(1).stores({ responses: 'id, assessmentId' });
    await scratch.open();
    w.__mgiBareDexiePut = async (run) => {
      const row = {
        id: `bench:${run % 90}`,
        assessmentId: 'bench',
        answer: run % 2 === 0 ? 'yes' : 'no',
        justification: '',
        revision: run,
        updatedAt: new Date().toISOString(),
      };
      const started = performance.now();
      await scratch.table('responses').put(row);
      return new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0)));
    };
  }, SCRATCH_DATABASE);
}

export async function measureKeypressToCommit(
  page: Page,
  { runs }: { runs: number },
): Promise<{ keypressMs: number[]; bareDexiePutMs: number[]; longTaskMs: number[] }> {
  await page.locator('[data-indicator-id]').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await answerWhoIsWorking(page);
  await requireNoModal(page, 'answer key press');
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: STEP_TIMEOUT_MS });
  // Agreed and validated indicators need a reason for a change, so keys do not write there.
  const ids = await page
    .locator('[data-indicator-id]')
    .evaluateAll((rows) =>
      rows
        .filter((row) => !['agreed', 'validated'].includes(row.getAttribute('data-status') ?? ''))
        .map((row) => row.getAttribute('data-indicator-id')!),
    );
  if (ids.length === 0) throw new Error('no editable indicator rows (is the assessment locked or fully agreed?)');
  const keypressMs: number[] = [];
  const longTaskMs: number[] = [];
  const bareDexiePutMs: number[] = [];
  await prepareBareDexiePut(page);
  for (let run = 0; run < runs; run += 1) {
    const row = page.locator(`[data-indicator-id="${ids[run % ids.length]}"]`);
    // Press the option the row does not have yet, so every press really writes a change.
    const key = (await row.getAttribute('data-answer-index', { timeout: STEP_TIMEOUT_MS })) === '1' ? '2' : '1';
    await row.focus({ timeout: STEP_TIMEOUT_MS });
    await armKeypressTimer(page);
    await page.keyboard.press(key);
    const timed = await within(
      'saving → saved after the key press',
      page.evaluate(() => (window as BenchWindow).__mgiKeypressBench!),
    );
    keypressMs.push(timed.ms);
    longTaskMs.push(timed.longTaskMs);
    bareDexiePutMs.push(
      await within(
        'the bare Dexie put',
        page.evaluate((n) => (window as BenchWindow).__mgiBareDexiePut!(n), run),
      ),
    );
  }
  return { keypressMs, bareDexiePutMs, longTaskMs };
}
