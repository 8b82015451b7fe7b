import type { Page } from 'playwright-core';

/**
 * Key press → committed in IndexedDB, for `npm run bench` (owned by the benchmark script, which
 * calls this). Needs a page showing an editable scoring workspace (#/assessments/<id>).
 *
 * Each run focuses an indicator row, presses an answer key, and measures inside the page from the
 * keydown event to the moment the save indicator (data-testid="save-state") goes from "saving"
 * back to "saved", which the app sets only after the IndexedDB transaction committed. For scale it
 * also times a bare IndexedDB put (one readwrite transaction until `complete`, as Dexie does) on a
 * scratch database in the same page.
 */

type BenchWindow = typeof window & { __mgiKeypressBench?: Promise<number> };

const SCRATCH_DATABASE = 'mgi-bench-scratch';
const TIMEOUT_MS = 10_000;

async function armKeypressTimer(page: Page): Promise<void> {
  await page.evaluate((timeoutMs) => {
    const target = document.querySelector('[data-testid="save-state"]');
    if (!target) throw new Error('no [data-testid="save-state"] element: is a scoring workspace open?');
    (window as BenchWindow).__mgiKeypressBench = new Promise<number>((resolve, reject) => {
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
          resolve(performance.now() - pressedAt);
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

async function timeBarePuts(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ name, count }) => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onupgradeneeded = () => request.result.createObjectStore('responses', { keyPath: 'id' });
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const database = await open();
      const times: number[] = [];
      for (let run = 0; run < count; run += 1) {
        const row = { id: `bench:${run % 90}`, answer: run % 2 === 0 ? 'yes' : 'no', justification: '', revision: run, updatedAt: new Date().toISOString() };
        const started = performance.now();
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction('responses', 'readwrite');
          transaction.objectStore('responses').put(row);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });
        times.push(performance.now() - started);
      }
      database.close();
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => resolve();
        request.onblocked = () => resolve();
      });
      return times;
    },
    { name: SCRATCH_DATABASE, count: runs },
  );
}

export async function measureKeypressToCommit(page: Page, { runs }: { runs: number }): Promise<{ keypressMs: number[]; bareDexiePutMs: number[] }> {
  await page.locator('[data-indicator-id]').first().waitFor();
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  // Agreed and validated indicators need a reason for a change, so keys do not write there.
  const ids = await page
    .locator('[data-indicator-id]')
    .evaluateAll((rows) => rows.filter((row) => !['agreed', 'validated'].includes(row.getAttribute('data-status') ?? '')).map((row) => row.getAttribute('data-indicator-id')!));
  if (ids.length === 0) throw new Error('no editable indicator rows (is the assessment locked or fully agreed?)');
  const keypressMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const row = page.locator(`[data-indicator-id="${ids[run % ids.length]}"]`);
    // Press the option the row does not have yet, so every press really writes a change.
    const key = (await row.getAttribute('data-answer-index')) === '1' ? '2' : '1';
    await row.focus();
    await armKeypressTimer(page);
    await page.keyboard.press(key);
    keypressMs.push(await page.evaluate(() => (window as BenchWindow).__mgiKeypressBench!));
  }
  const bareDexiePutMs = await timeBarePuts(page, runs);
  return { keypressMs, bareDexiePutMs };
}
