import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureKeypressToCommit } from '../bench/keypress-to-idb';
import { baseUrl, launchBrowser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keypress benchmark contract', () => {
  it('measures key press → committed on the demo workspace, and the presses really are stored', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/demo`);
    await page.waitForURL(/profile/);
    await page.goto(`${baseUrl()}#/assessments/demo-demoland-round-2`);
    await page.locator('[data-indicator-id]').first().waitFor();
    const startedAt = new Date().toISOString();
    const result = await measureKeypressToCommit(page, { runs: 4 });
    expect(result.keypressMs).toHaveLength(4);
    expect(result.bareDexiePutMs).toHaveLength(4);
    for (const value of [...result.keypressMs, ...result.bareDexiePutMs]) expect(Number.isFinite(value) && value >= 0).toBe(true);
    // Both end at the next frame after the commit, so neither can be under a frame's callback.
    for (const value of result.bareDexiePutMs) expect(value).toBeGreaterThan(0);
    expect(result.longTaskMs).toHaveLength(4);
    // The four presses wrote four answer changes to the history of the assessment.
    const answerChanges = await page.evaluate(
      (since) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('mgi-workbench');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('history').objectStore('history').getAll();
            all.onsuccess = () => {
              const rows = all.result as { assessmentId: string; field: string; at: string }[];
              resolve(
                rows.filter((row) => row.assessmentId === 'demo-demoland-round-2' && row.field === 'answer' && row.at >= since).length,
              );
              request.result.close();
            };
          };
        }),
      startedAt,
    );
    expect(answerChanges).toBeGreaterThanOrEqual(4);
    await context.close();
  });
});
