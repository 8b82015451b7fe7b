import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { LARGE_STORE_SPEC, largeStoreAssessmentId } from '@/demo/large-store';
import { coldPage, domReadyAt, firstOf, freshContext, openSeeder, shownNow } from '../browser';
import type { BenchContext } from '../context';
import { assessmentHash, INDICATOR_ROW, LIST_ROW, NOT_PROFILE, PROFILE_CHART, PROFILE_VIEW, profileHash } from '../context';
import { answerWhoIsWorking } from '../deadline';
import { mergePasses, navigateSample, Recorder, THROTTLE_RATE, withCpuThrottled } from '../interactions';
import { figure, fixedFigure, timeRuns } from '../stats';
import { workspaceStep } from './workspace';

/**
 * The large store (50 assessments × 90 indicators × 5 members, 100,000 history rows, 5,000
 * sources) written through the app's own storage commands, then the screens that exist timed on
 * top of it: cold loads, moving between the list and an assessment, and the profile when it exists.
 */

/** The latest round of the first country: editable, so the workspace hooks can score in it. */
export const EDITABLE_ID = largeStoreAssessmentId(LARGE_STORE_SPEC.roundsPerCountry - 1);
const PUBLISHED_ID = largeStoreAssessmentId(LARGE_STORE_SPEC.assessments - 2);

async function seedLargeStore(ctx: BenchContext, context: BrowserContext): Promise<void> {
  ctx.log(`large store: writing ${LARGE_STORE_SPEC.assessments} assessments through replaceAssessmentBundle`);
  const seeder = await openSeeder(context, ctx.baseUrl);
  const result = await seeder.evaluate(() => window.__bench.seedLargeStore());
  const counts = await seeder.evaluate(() => window.__bench.counts());
  const read = await timeRuns(ctx.runs, () => seeder.evaluate((id) => window.__bench.bareReadResponses(id).then((r) => r.ms), EDITABLE_ID));
  const detail = await timeRuns(
    ctx.runs,
    (run) =>
      seeder.evaluate(([id, n]) => window.__bench.indicatorDetailMs(id, `D${1 + (n % 6)}.1.1`).then((r) => r.ms), [
        EDITABLE_ID,
        Math.abs(run),
      ] as const),
    1,
  );
  const latest = await timeRuns(
    ctx.runs,
    (run) =>
      seeder.evaluate(
        (id) => window.__bench.latestChangesMs(id).then((r) => r.ms),
        largeStoreAssessmentId(Math.abs(run) % LARGE_STORE_SPEC.assessments),
      ),
    1,
  );
  const readBundle = await timeRuns(
    ctx.runs,
    (run) => seeder.evaluate((id) => window.__bench.readBundleMs(id), largeStoreAssessmentId(Math.abs(run) % LARGE_STORE_SPEC.assessments)),
    1,
  );
  // What a restore or an import does per assessment: replace it with a bundle read earlier.
  // Through `call`, the same way bench adapters reach app modules (tests/bench/steps/adapters.ts).
  const rewrite = await timeRuns(ctx.runs, (run) =>
    seeder.evaluate(
      async (id) => {
        await window.__bench.call('/src/db/queries.ts', 'getAssessmentBundle', [id], { keepAs: 'bundle' });
        return (await window.__bench.call('/src/db/commands.ts', 'replaceAssessmentBundle', [{ $ref: 'bundle' }])).ms;
      },
      largeStoreAssessmentId(Math.abs(run) % LARGE_STORE_SPEC.assessments),
    ),
  );
  // Deleting from the list, then putting it back so the store stays whole for the screens.
  const remove = await timeRuns(ctx.runs, (run) =>
    seeder.evaluate(
      async (id) => {
        await window.__bench.call('/src/db/queries.ts', 'getAssessmentBundle', [id], { keepAs: 'bundle' });
        const { ms } = await window.__bench.call('/src/db/commands.ts', 'deleteAssessment', [id]);
        await window.__bench.call('/src/db/commands.ts', 'replaceAssessmentBundle', [{ $ref: 'bundle' }]);
        return ms;
      },
      largeStoreAssessmentId(Math.abs(run) % LARGE_STORE_SPEC.assessments),
    ),
  );
  await seeder.evaluate(() => window.__bench.close());
  await seeder.close();
  ctx.log(`large store: ${JSON.stringify(counts)}`);
  ctx.figures.push(
    figure({ id: 'store.build', group: 'large store', label: 'generate one assessment bundle (in the page)', samples: result.buildMs }),
    figure({
      id: 'store.write',
      group: 'large store',
      label: 'write one assessment bundle (replaceAssessmentBundle, ~2,000 history rows)',
      samples: result.writeMs,
      baseline: { label: 'bare IndexedDB puts', samples: result.bareWriteMs },
    }),
    fixedFigure({
      id: 'store.write.total',
      group: 'large store',
      label: 'write the whole store',
      unit: 'ms',
      value: result.writeMs.reduce((a, b) => a + b, 0),
    }),
    fixedFigure({ id: 'store.history', group: 'large store', label: 'history rows stored', unit: 'count', value: counts.history }),
    figure({
      id: 'store.read.detail',
      group: 'large store',
      label: 'read what opening an indicator needs (sources, comments, last 50 changes)',
      samples: detail,
      baseline: { label: 'bare IDB read', samples: read },
    }),
    figure({
      id: 'store.read.latest',
      group: 'large store',
      label: 'read the 50 latest changes of an assessment (of 2,000)',
      samples: latest,
      baseline: { label: 'bare IDB read', samples: read },
    }),
    figure({
      id: 'store.delete',
      group: 'large store',
      label: 'delete one assessment (deleteAssessment, ~2,000 history rows)',
      samples: remove,
    }),
    figure({
      id: 'store.rewrite',
      group: 'large store',
      label: 'replace one stored assessment from its bundle (restore/import per assessment)',
      samples: rewrite,
    }),
    figure({
      id: 'store.read.bundle',
      group: 'large store',
      label: 'read one whole assessment for export (getAssessmentBundle)',
      samples: readBundle,
    }),
    figure({
      id: 'store.read.bare',
      group: 'large store',
      label: 'bare IndexedDB read of 90 responses by index (baseline)',
      samples: read,
    }),
  );
}

/** Cold load of a page of the app on the large store: fresh page, HTTP cache off. */
async function coldLoad(context: BrowserContext, url: string, selector: string, count: number): Promise<number> {
  const { page } = await coldPage(context);
  await page.goto(url);
  const at = await domReadyAt(page, selector, count);
  await page.close();
  return at;
}

export async function largeStoreStep(ctx: BenchContext): Promise<void> {
  const context = await freshContext(ctx.browser);
  try {
    await seedLargeStore(ctx, context);
    const rows = LARGE_STORE_SPEC.assessments;

    ctx.log('large store: cold loads');
    const startCold = await timeRuns(ctx.coldRuns, () => coldLoad(context, ctx.baseUrl, LIST_ROW, rows));
    const assessmentCold = await timeRuns(ctx.coldRuns, () =>
      coldLoad(context, new URL(assessmentHash(EDITABLE_ID), ctx.baseUrl).href, INDICATOR_ROW, 90),
    );
    ctx.figures.push(
      figure({
        id: 'large.cold.start',
        group: 'large store',
        label: `cold start screen, list of ${rows} assessments drawn`,
        samples: startCold,
      }),
      figure({
        id: 'large.cold.assessment',
        group: 'large store',
        label: 'cold assessment view, 90 indicators drawn',
        samples: assessmentCold,
      }),
    );

    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    await domReadyAt(page, LIST_ROW, rows);
    const cdp = await context.newCDPSession(page);
    ctx.log('large store: interactions (each with its plain-DOM floor)');
    const normal = new Recorder(false);
    const profiler = await startCpuProfile(cdp);
    await interactionPass(ctx, page, normal, ctx.runs);
    await profiler.stop(join(ctx.root, 'bench-output', 'interactions.cpuprofile'));
    // The "old laptop" column: the same interactions (and floors) with the CPU throttled.
    const slowRuns = Number(process.env.BENCH_THROTTLED_RUNS ?? Math.max(3, Math.ceil(ctx.runs / 2)));
    let slow: Recorder | null = null;
    if (slowRuns > 0) {
      ctx.log(`large store: the same interactions with the CPU throttled ${THROTTLE_RATE}× (${slowRuns} runs each)`);
      slow = new Recorder(true);
      const recorder = slow;
      await withCpuThrottled(cdp, THROTTLE_RATE, () => interactionPass(ctx, page, recorder, slowRuns));
    }
    ctx.figures.push(...mergePasses(normal, slow));
    await page.close();
  } finally {
    await context.close();
  }
}

/** Every interaction on the large store once: list ⇄ assessment, the profile, the workspace. */
async function interactionPass(ctx: BenchContext, page: Page, recorder: Recorder, runs: number): Promise<void> {
  const rows = LARGE_STORE_SPEC.assessments;
  // "Who is working?" is asked once per assessment on a device; answered here as a user would,
  // so no timed run opens the workspace under that dialog.
  await page.evaluate((hash) => (window.location.hash = hash), assessmentHash(EDITABLE_ID));
  await shownNow(page, INDICATOR_ROW, 90);
  await answerWhoIsWorking(page);
  await page.evaluate(() => (window.location.hash = '#/'));
  await shownNow(page, LIST_ROW, rows);
  await timeRuns(
    runs,
    async (run) => {
      const id = Math.abs(run) % 2 === 0 ? EDITABLE_ID : PUBLISHED_ID;
      const opened = await navigateSample(page, assessmentHash(id), INDICATOR_ROW, 90);
      const returned = await navigateSample(page, '#/', LIST_ROW, rows);
      if (run >= 0) {
        recorder.add('large.open.assessment', 'open an assessment from the list (90 rows drawn, next frame)', opened);
        recorder.add('large.back.list', `back to the list of ${rows} assessments (next frame)`, returned);
      }
      return opened.ms;
    },
    2,
  );
  await profileOnLargeStore(ctx, page, recorder, runs);
  await page.evaluate(() => (window.location.hash = '#/'));
  await shownNow(page, LIST_ROW, rows);
  await page.evaluate((hash) => (window.location.hash = hash), assessmentHash(EDITABLE_ID));
  await shownNow(page, INDICATOR_ROW, 90);
  await answerWhoIsWorking(page);
  await workspaceStep(ctx, page, recorder, runs);
}

async function profileOnLargeStore(ctx: BenchContext, page: Page, recorder: Recorder, runs: number): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), profileHash(PUBLISHED_ID));
  if ((await firstOf(page, PROFILE_VIEW, NOT_PROFILE)).which !== 'a') {
    if (!recorder.throttled) {
      ctx.skipped.push({
        id: 'large.profile',
        label: 'open the profile on the large store (in the browser)',
        reason: 'the profile route still shows the assessment page',
        hook: `detected at run time: the route renders ${PROFILE_VIEW}; the Node figures below cover the profile computation meanwhile`,
      });
    }
    return;
  }
  // Timed to the first chart when the profile's first view has one, else to the view itself.
  const hasChart = await shownNow(page, PROFILE_CHART, 1, 20_000).then(
    () => true,
    () => false,
  );
  const target = hasChart ? PROFILE_CHART : PROFILE_VIEW;
  const what = hasChart ? 'first chart drawn' : 'view shown';
  await timeRuns(
    runs,
    async (run) => {
      const id = Math.abs(run) % 2 === 0 ? PUBLISHED_ID : EDITABLE_ID;
      await page.evaluate(() => (window.location.hash = '#/'));
      await shownNow(page, LIST_ROW, LARGE_STORE_SPEC.assessments);
      const sample = await navigateSample(page, profileHash(id), target, 1);
      if (run >= 0) recorder.add('large.open.profile', `open the profile from the list (${what}, next frame)`, sample);
      return sample.ms;
    },
    1,
  );
}

/**
 * With BENCH_PROFILE=1, records a CPU profile of the interactions (normal pass) into
 * bench-output/ (open it in Chromium's DevTools, Performance panel) to see where the time goes.
 */
async function startCpuProfile(cdp: CDPSession): Promise<{ stop(path: string): Promise<void> }> {
  if (!process.env.BENCH_PROFILE) return { stop: async () => undefined };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop(path) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
    },
  };
}
