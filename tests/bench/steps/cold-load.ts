import type { BrowserContext } from 'playwright-core';
import { DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { coldPage, domReadyAt, firstOf, freshContext, seedDemo } from '../browser';
import type { BenchContext } from '../context';
import { assessmentHash, INDICATOR_ROW, NOT_PROFILE, PROFILE_CHART, PROFILE_VIEW, profileHash } from '../context';
import { figure, timeRuns } from '../stats';

/**
 * Cold loads: a fresh browser context (empty HTTP cache, fresh IndexedDB) for every run, timed
 * from the start of navigation to what the user needs, against a static page as the floor.
 */

const START_SCREEN_READY = '#assessments-title';
/** The list (or its empty state) is drawn from IndexedDB, and the demo button can be pressed. */
const START_SCREEN_INTERACTIVE = '[data-testid="assessment-list"], .empty-state';
const CREATE_FORM_READY = 'form[aria-labelledby="new-assessment-title"] select[name="country"]';
/** The create form's catalogue choice filled (the catalogues loaded and validated): the form can be submitted. */
const CATALOGUES_READY = 'form[aria-labelledby="new-assessment-title"] select[name="catalogue"]:not([disabled]) option[value*="@"]';

async function withFreshContext<T>(ctx: BenchContext, fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await freshContext(ctx.browser);
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

export async function coldLoadStep(ctx: BenchContext): Promise<void> {
  ctx.log('cold loads: baseline page and start screen');
  const baseline = await timeRuns(ctx.coldRuns, () =>
    withFreshContext(ctx, async (context) => {
      const { page } = await coldPage(context);
      await page.goto(new URL('__bench/tests/bench/baseline.html', ctx.baseUrl).href);
      return domReadyAt(page, '#baseline');
    }),
  );
  const start = { interactive: [] as number[], fcp: [] as number[], form: [] as number[], catalogues: [] as number[] };
  await timeRuns(ctx.coldRuns, () =>
    withFreshContext(ctx, async (context) => {
      const { page } = await coldPage(context);
      await page.goto(ctx.baseUrl);
      await domReadyAt(page, START_SCREEN_READY);
      start.interactive.push(await domReadyAt(page, START_SCREEN_INTERACTIVE));
      start.form.push(await domReadyAt(page, CREATE_FORM_READY));
      start.catalogues.push(await domReadyAt(page, CATALOGUES_READY));
      start.fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
      return 0;
    }),
  );
  const floor = { label: 'static page', samples: baseline };
  ctx.figures.push(
    figure({ id: 'cold.baseline', group: 'cold load', label: 'static page (baseline)', samples: baseline }),
    figure({ id: 'cold.start.fcp', group: 'cold load', label: 'start screen, first contentful paint', samples: start.fcp }),
    figure({
      id: 'cold.start.interactive',
      group: 'cold load',
      label: 'start screen interactive (list from IndexedDB)',
      samples: start.interactive,
      baseline: floor,
    }),
    figure({
      id: 'cold.start.form',
      group: 'cold load',
      label: 'start screen usable: list and create form shown',
      samples: start.form.map((form, i) => Math.max(form, start.interactive[i] ?? 0)),
      baseline: floor,
    }),
    figure({
      id: 'cold.start.catalogues',
      group: 'cold load',
      label: 'start screen: catalogues loaded, create form can be submitted',
      samples: start.catalogues,
      baseline: floor,
    }),
  );

  ctx.log('cold loads: 90-indicator assessment and profile');
  const assessment: number[] = [];
  const profile: number[] = [];
  const chart: number[] = [];
  let profileAvailable = true;
  for (let run = 0; run < ctx.coldRuns; run += 1) {
    await withFreshContext(ctx, async (context) => {
      await seedDemo(context, ctx.baseUrl);
      const { page } = await coldPage(context);
      await page.goto(new URL(assessmentHash(DEMO_FOLLOW_UP_ID), ctx.baseUrl).href);
      assessment.push(await domReadyAt(page, INDICATOR_ROW, 90));
      if (!profileAvailable) return;
      const second = await coldPage(context);
      await second.page.goto(new URL(profileHash(DEMO_FOLLOW_UP_ID), ctx.baseUrl).href);
      const shown = await firstOf(second.page, PROFILE_VIEW, NOT_PROFILE);
      if (shown.which === 'a') {
        profile.push(shown.at);
        // A profile without a chart in its first view is measured without this figure.
        chart.push(await domReadyAt(second.page, PROFILE_CHART, 1, 20_000).catch(() => Number.NaN));
      } else profileAvailable = false;
    });
  }
  ctx.figures.push(
    figure({
      id: 'cold.assessment',
      group: 'cold load',
      label: 'assessment view, 90 indicators drawn',
      samples: assessment,
      baseline: floor,
    }),
  );
  if (profileAvailable && profile.length > 0) {
    ctx.figures.push(figure({ id: 'cold.profile', group: 'cold load', label: 'profile view shown', samples: profile, baseline: floor }));
    const drawn = chart.filter((ms) => Number.isFinite(ms));
    if (drawn.length > 0)
      ctx.figures.push(
        figure({ id: 'cold.profile.chart', group: 'cold load', label: 'profile, first chart drawn', samples: drawn, baseline: floor }),
      );
  } else {
    ctx.skipped.push({
      id: 'cold.profile',
      label: 'cold load: profile view',
      reason: 'the profile route still shows the assessment page',
      hook: `detected at run time: the route renders ${PROFILE_VIEW} (tests/bench/context.ts PROFILE_VIEW)`,
    });
  }
}
