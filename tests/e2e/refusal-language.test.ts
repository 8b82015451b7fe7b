import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { serializePackage } from '@/interchange/package-format';
import { buildDemoReport } from '../unit/report-fixtures';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { hostilePackage } from './support/hostile-package';
import { screenshotIfAsked } from './support/screenshot';
import { dumpStore } from './support/store-dump';
import { startOf, tr } from './support/strings';

/**
 * Issue 16: a refusal follows the language the user switches to (it is worded at each render, not
 * kept as the words first shown), its technical detail opens from the keyboard, and "Check a report
 * PDF" can be cancelled: the worker ends, the page is usable again, nothing is stored.
 */

let browser: Browser;
let report: Uint8Array;
beforeAll(async () => {
  browser = await launchBrowser();
  const built = await buildDemoReport('en', { attachment: 'public' });
  report = built.bytes;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/**
 * Counts the report workers started and ended, and holds the first "verify" message until the test
 * lets it go, so Cancel is pressed while the check is certainly running. Installed before the app loads.
 */
function watchReportWorkers() {
  const Real = window.Worker;
  const state = { started: 0, ended: 0, hold: true, held: 0 };
  (window as unknown as { reportWorkers: typeof state }).reportWorkers = state;
  window.Worker = class extends Real {
    private readonly report: boolean;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.report = /report-worker/.test(String(url));
      if (this.report) state.started += 1;
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      if (this.report && state.hold && (message as { kind?: string }).kind === 'verify') {
        state.held += 1;
        return;
      }
      super.postMessage(message, transfer as Transferable[]);
    }
    override terminate(): void {
      if (this.report) state.ended += 1;
      super.terminate();
    }
  };
}

async function demoPage(path: string, init?: () => void): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.waitForURL(new RegExp(`#/assessments/${DEMO_FOLLOW_UP_ID}`));
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors };
}

const workers = (page: Page) =>
  page.evaluate(() => (window as unknown as { reportWorkers: { started: number; ended: number; held: number } }).reportWorkers);

describe('a refusal in the language on screen', () => {
  it('re-words a package refusal shown in English in Arabic after a switch, right to left, details opening by keyboard', async () => {
    const { page, errors } = await demoPage('#/exchange');
    const before = await dumpStore(page);
    const { text } = await serializePackage(hostilePackage('device-long', 'x'.repeat(50_001), 'https://example.org'));
    await page
      .getByLabel(tr('en', 'exchange:import.choose'))
      .setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const error = page.getByTestId('import-error');
    const sentence = error.locator('p').first();
    await error.getByText(/^This file cannot be used\. The answer to indicator D1\.1\.1: .*at most 50,000 are allowed\.$/).waitFor();
    await screenshotIfAsked(page, 'refusal-package-en');

    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor();
    // The same refusal, not a new one: no file was chosen again.
    await error.getByText(/^لا يمكن استخدام هذا الملف\. الإجابة عن المؤشر D1\.1\.1: /).waitFor();
    const arabic = (await sentence.textContent()) ?? '';
    expect(arabic).not.toMatch(/This file|characters|allowed/);
    // Latin letters only in the indicator's id.
    expect(arabic.replace(/D1\.1\.1/g, '')).not.toMatch(/[A-Za-z]/);
    expect(await error.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

    // The technical detail stays closed until asked for, and opens from the keyboard.
    const details = error.locator('details');
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
    await error.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(true);
    expect(await error.locator('summary').textContent()).toBe(tr('ar', 'refusals:details'));
    expect(await details.locator('code').textContent()).toContain('content.bundle.responses[0].justification');
    await screenshotIfAsked(page, 'refusal-package-ar-details');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // And back: every word follows the switch again.
    await page.getByTestId('language-select').selectOption('en');
    await page.locator('html[dir="ltr"][lang="en"]').waitFor();
    await error.getByText(/^This file cannot be used\./).waitFor();

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  });
});

describe('cancelling "Check a report PDF"', () => {
  it('ends the worker, says so in Arabic, leaves the page usable and the store untouched, and the next check works', async () => {
    const { page, errors } = await demoPage(`#/assessments/${DEMO_FOLLOW_UP_ID}/report`, watchReportWorkers);
    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    const input = page.getByLabel(tr('ar', 'report:ui.verifyFile'));
    await input.waitFor();
    // The export panel starts the kept export worker once the screen is idle; a check never uses
    // it (it gets a worker of its own), so the counts below are that one plus the check's.
    await page.waitForFunction(() => (window as unknown as { reportWorkers: { started: number } }).reportWorkers.started === 1);
    const before = await dumpStore(page);

    // A 45 MB PDF (under the 50 MB limit), made in the page: nothing this size crosses the test protocol or lands in git.
    await input.evaluate((element: HTMLInputElement) => {
      const transfer = new DataTransfer();
      const body = new Uint8Array(45 * 1024 * 1024);
      transfer.items.add(
        new File([new TextEncoder().encode('%PDF-1.7\n'), body, new TextEncoder().encode('\n%%EOF\n')], 'large.pdf', {
          type: 'application/pdf',
        }),
      );
      element.files = transfer.files;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const cancel = page.getByRole('button', { name: tr('ar', 'refusals:fileTask.cancel') });
    await cancel.waitFor();
    await page.getByRole('progressbar', { name: tr('ar', 'report:ui.verifying') }).waitFor();
    await page.waitForFunction(() => (window as unknown as { reportWorkers: { held: number } }).reportWorkers.held === 1);
    expect(await workers(page)).toMatchObject({ started: 2, ended: 0 });

    await cancel.click();
    const stopped = page.getByTestId('verify-error');
    await stopped.filter({ hasText: tr('ar', 'report-pdf:ui.verifyCancelled') }).waitFor();
    expect(await stopped.getAttribute('data-reason')).toBe('cancelled');
    expect(await stopped.getAttribute('role')).toBe('alert');
    // Usable again: no Cancel, no progress, the file input enabled; the worker has ended.
    expect(await cancel.count()).toBe(0);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await input.isEnabled()).toBe(true);
    expect(await workers(page)).toMatchObject({ started: 2, ended: 1 });
    await stopped.scrollIntoViewIfNeeded();
    await screenshotIfAsked(page, 'verify-cancelled-ar');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await dumpStore(page)).toEqual(before);

    // A new check in a new worker runs to its end.
    await page.evaluate(() => {
      (window as unknown as { reportWorkers: { hold: boolean } }).reportWorkers.hold = false;
    });
    await input.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(report) });
    await page
      .getByTestId('verify-status')
      .filter({ hasText: startOf('ar', 'report:ui.verified') })
      .waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('verify-error').count()).toBe(0);
    // The second check's worker ended with it; the kept export worker is still there.
    expect(await workers(page)).toMatchObject({ started: 3, ended: 2 });
    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  }, 150_000);
});
