import { statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { coldPage, domReadyAt, firstOf, freshContext, seedDemo, shownNow } from '../browser';
import type { BenchContext } from '../context';
import { INDICATOR_ROW, NOT_PROFILE, PROFILE_VIEW, profileHash } from '../context';
import { NetworkRecorder } from '../network';
import { figure, fixedFigure } from '../stats';

/**
 * What loads when: one user session (start screen → open an assessment → its profile → PDF
 * export) with the network recorded per step. Then the PDF export timed, if the profile has one.
 */

/** The PDF export is detected at run time: a button named "Export PDF" (or so) on the profile or a report route. */
const PDF_BUTTON_NAME = /export.*pdf|pdf.*export/i;

function reportHash(id: string): string {
  return `#/assessments/${encodeURIComponent(id)}/report`;
}

/** The export button, on the profile as it is now or else on the assessment's report route. */
async function findPdfExport(page: Page, network: NetworkRecorder): Promise<Locator | null> {
  const onProfile = page.getByRole('button', { name: PDF_BUTTON_NAME });
  if ((await onProfile.count()) > 0) return onProfile.first();
  await page.evaluate(() => (window.location.hash = '#/'));
  await shownNow(page, '[data-testid="assessment-list"]');
  await network.enter('open the report screen');
  await page.evaluate((hash) => (window.location.hash = hash), reportHash(DEMO_FOLLOW_UP_ID));
  const onReport = page.getByRole('button', { name: PDF_BUTTON_NAME }).first();
  try {
    await onReport.waitFor({ timeout: 15_000 });
    return onReport;
  } catch {
    return null;
  }
}

async function profileShown(page: Page): Promise<boolean> {
  return (await firstOf(page, PROFILE_VIEW, NOT_PROFILE)).which === 'a';
}

export async function lazyLoadingStep(ctx: BenchContext): Promise<void> {
  ctx.log('what loads when: start screen, assessment, profile, PDF');
  const context = await freshContext(ctx.browser);
  try {
    await seedDemo(context, ctx.baseUrl);
    const { page } = await coldPage(context);
    const network = new NetworkRecorder(page, ctx.distDir);
    await page.goto(ctx.baseUrl);
    await domReadyAt(page, '[data-testid="assessment-list"]');
    await domReadyAt(page, 'form[aria-labelledby="new-assessment-title"] select[name="country"]');
    await page.waitForLoadState('networkidle');

    await network.enter('open an assessment');
    await page
      .getByTestId('assessment-list')
      .getByRole('link', { name: /Demoland/ })
      .last()
      .click();
    await domReadyAt(page, INDICATOR_ROW, 90);

    // Through the list, so the assessment's overview is gone before the profile route renders.
    await page.evaluate(() => (window.location.hash = '#/'));
    await shownNow(page, '[data-testid="assessment-list"]');
    await network.enter('open the profile');
    await page.evaluate((hash) => (window.location.hash = hash), profileHash(DEMO_FOLLOW_UP_ID));
    const hasProfile = await profileShown(page);
    if (!hasProfile) {
      ctx.skipped.push({
        id: 'network.profile',
        label: 'chunks loaded by the profile',
        reason: 'the profile route still shows the assessment page',
        hook: 'detected at run time (PROFILE_VIEW in tests/bench/context.ts)',
      });
    }

    const pdfButton = await findPdfExport(page, network);
    if (pdfButton) {
      await network.enter('export the PDF');
      const samples: number[] = [];
      let size = 0;
      for (let run = 0; run < Math.max(3, Math.floor(ctx.runs / 3)); run += 1) {
        const started = Date.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), pdfButton.click()]);
        const path = await download.path();
        samples.push(Date.now() - started);
        size = statSync(path).size;
        await pdfButton.waitFor({ state: 'visible' });
        await page.waitForFunction((button) => !(button as HTMLButtonElement).disabled, await pdfButton.elementHandle());
      }
      ctx.figures.push(
        figure({ id: 'pdf.export', group: 'PDF', label: 'click → PDF downloaded (the first run also loads the PDF code)', samples }),
        fixedFigure({ id: 'pdf.size', group: 'PDF', label: 'PDF file size (demo follow-up round)', unit: 'kB', value: size / 1024 }),
      );
    } else {
      ctx.skipped.push({
        id: 'pdf.export',
        label: 'PDF build time and size (in the browser)',
        reason: 'no PDF export button on the profile or the report route',
        hook: `detected at run time: a button named ${PDF_BUTTON_NAME} on #/assessments/<id>/profile or #/assessments/<id>/report that triggers a download`,
      });
    }

    ctx.network = await network.summary();
    const start = ctx.network.find((p) => p.phase === 'start screen');
    if (start) {
      ctx.figures.push(
        fixedFigure({
          id: 'bundle.start.js',
          group: 'bundle',
          label: 'start screen JS (gzip, everything fetched before idle)',
          unit: 'kB',
          value: start.jsGzip / 1024,
        }),
        fixedFigure({ id: 'bundle.start.css', group: 'bundle', label: 'start screen CSS (gzip)', unit: 'kB', value: start.cssGzip / 1024 }),
        fixedFigure({
          id: 'bundle.start.transferred',
          group: 'bundle',
          label: 'start screen bytes transferred by vite preview',
          unit: 'kB',
          value: start.transferred / 1024,
        }),
      );
    }
    for (const phase of ctx.network.filter((p) => p.phase !== 'start screen')) {
      ctx.figures.push(
        fixedFigure({
          id: `bundle.lazy.${phase.phase}`,
          group: 'bundle',
          label: `lazy JS on "${phase.phase}" (gzip)`,
          unit: 'kB',
          value: phase.jsGzip / 1024,
        }),
      );
    }
  } finally {
    await context.close();
  }
}
