import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { freshContext, openSeeder } from '../browser';
import type { BenchContext } from '../context';
import { figure } from '../stats';
import type { Figure } from '../stats';
import type { BenchAdapter } from '../steps/adapters';

/** How long the simulated user reads the export screen before the first click. */
const READING_MS = 3000;

/**
 * The demo profile PDF as users meet it: the "Export PDF" button of the report screen, in the
 * browser, built in the app's report worker, in English and Arabic. Timed in the page from the
 * click to the "PDF ready" status, with the longest main-thread task meanwhile (the page must stay
 * responsive while the worker builds) and how many progress steps the status showed. The app keeps
 * one report worker between exports (report-worker-protocol.ts): the page is reloaded before each
 * language, so its first export starts that worker cold (module load, font fetch from the HTTP
 * cache, compilation) and is reported on its own (`pdf.worker.<lang>.first`); the following
 * exports run in the kept worker and give the median (`pdf.worker.<lang>`). The export screen
 * starts the worker when it is idle, so a user who reads it for a few seconds before the first
 * click gets a warm first export (`pdf.worker.<lang>.prepared`, after a reload). Their floor, right
 * after each export in the same browser: a fresh module worker loading jsPDF and writing as many
 * characters on as many pages in a standard face (pdf-floor.ts), posted back to the page.
 */

type Export = { ms: number; longest: number; steps: number };

/** Clicks "Export PDF" once and times it in the page; rejects on an error alert or after 180 s. */
function exportOnce(page: Page): Promise<Export> {
  return page.evaluate(async () => {
    const helpers = window as unknown as { __benchLongest(from: number, to: number): number };
    const status = document.querySelector('[data-testid="export-status"]');
    const panel = status?.closest('section');
    const button = [...(panel?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => /Export PDF/.test(b.textContent ?? ''));
    if (!panel || !status || !button) throw new Error('bench: no export panel on the report screen');
    let clickedAt = 0;
    button.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const shown = new Set<string>();
    const readyAt = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('bench: no "PDF ready" within 180 s')), 180_000);
      const observer = new MutationObserver(() => {
        const alert = panel.querySelector('[role="alert"]');
        const text = status.textContent ?? '';
        if (alert) reject(new Error(`bench: the export failed: ${alert.textContent ?? ''}`));
        else if (!/PDF ready/.test(text)) {
          if (text) shown.add(text);
          return;
        } else if (shown.size === 0) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      observer.observe(panel, { childList: true, subtree: true, characterData: true });
    });
    button.click();
    const end = await readyAt;
    return { ms: end - clickedAt, longest: helpers.__benchLongest(clickedAt, end), steps: shown.size };
  });
}

/** The glyphs every page shows (what the floor writes as characters), counted as the Node adapter does. */
async function shownGlyphs(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  const { pageGlyphs } = await import('@/report/report-page-text');
  return (await pageGlyphs(await PDFDocument.load(bytes))).join('').replace(/[^0-9a-f]/g, '').length / 4;
}

export const benchAdapter: BenchAdapter = {
  label: 'PDF of the demo profile (export button, built in the report worker in the browser)',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const context = await freshContext(ctx.browser);
    const figures: Figure[] = [];
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(180_000);
      // The app's own demo route stores both demo rounds, then opens the follow-up round.
      await page.goto(`${ctx.baseUrl}#/demo`);
      await page.waitForURL(new RegExp(`#/assessments/${DEMO_FOLLOW_UP_ID}`));
      await page.goto(`${ctx.baseUrl}#/assessments/${encodeURIComponent(DEMO_FOLLOW_UP_ID)}/report`);
      // An empty status paragraph until the first export: present, not visible.
      await page.getByTestId('export-status').waitFor({ state: 'attached' });
      // The floor's page; it lets go of the database at once, so the app's page is its only user.
      const seeder = await openSeeder(context, ctx.baseUrl);
      await seeder.evaluate(() => window.__bench.close());
      const runs = Math.max(3, Math.min(ctx.runs, 7));
      for (const locale of ['en', 'ar'] as const) {
        // A new page: the kept report worker of the previous language ends with it.
        await page.reload();
        await page.getByTestId('export-status').waitFor({ state: 'attached' });
        await page.getByRole('radio', { name: locale === 'en' ? 'English' : 'العربية' }).check();
        const [download, first] = await Promise.all([page.waitForEvent('download'), exportOnce(page)]);
        const bytes = new Uint8Array(readFileSync(await download.path()));
        const { PDFDocument } = await import('pdf-lib');
        const pages = (await PDFDocument.load(bytes)).getPageCount();
        const glyphs = await shownGlyphs(bytes);
        const samples: Export[] = [];
        const floor: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          samples.push(await exportOnce(page));
          floor.push((await seeder.evaluate(([c, p]) => window.__bench.pdfFloorInWorker(c, p), [glyphs, pages] as const)).ms);
        }
        // A user who reads the screen for a few seconds first: the worker started while it was idle.
        await page.reload();
        await page.getByTestId('export-status').waitFor({ state: 'attached' });
        await page.getByRole('radio', { name: locale === 'en' ? 'English' : 'العربية' }).check();
        await page.waitForTimeout(READING_MS);
        const prepared = await exportOnce(page);
        const name = locale === 'en' ? 'English' : 'Arabic';
        const steps = Math.min(...samples.map((s) => s.steps));
        figures.push(
          figure({
            id: `pdf.worker.${locale}`,
            group: 'pdf (browser worker)',
            label: `export the demo profile PDF in ${name} again (kept worker): click → "PDF ready", ${pages} pages, ≥ ${steps} progress steps shown`,
            samples: samples.map((s) => s.ms),
            longTasks: samples.map((s) => s.longest),
            baseline: { label: 'fresh worker: jsPDF alone, same characters and pages', samples: floor },
          }),
          figure({
            id: `pdf.worker.${locale}.first`,
            group: 'pdf (browser worker)',
            label: `first export in ${name} after a page load (starts the report worker): click → "PDF ready"`,
            samples: [first.ms],
            longTasks: [first.longest],
          }),
          figure({
            id: `pdf.worker.${locale}.prepared`,
            group: 'pdf (browser worker)',
            label: `first export in ${name} after ${READING_MS / 1000} s on the export screen (worker started while idle): click → "PDF ready"`,
            samples: [prepared.ms],
            longTasks: [prepared.longest],
          }),
        );
      }
      await seeder.close();
      await page.close();
    } finally {
      await context.close();
    }
    return figures;
  },
};
