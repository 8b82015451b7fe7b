import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_PATH, launchBenchBrowser } from './browser';
import type { BenchContext } from './context';
import { printNetwork } from './network';
import { printSkipped, printTable, writeJson } from './report';
import { startServer } from './server';
import { fixedFigure } from './stats';
import { withTargets } from './targets';
import { adaptersStep } from './steps/adapters';
import { coldLoadStep } from './steps/cold-load';
import { domainStep } from './steps/domain';
import { initialChunks } from './steps/initial-chunks';
import { largeStoreStep } from './steps/large-store';
import { lazyLoadingStep } from './steps/lazy-loading';

/**
 * `npm run bench`: speed and scale figures of the built app, printed as a table and written to
 * bench-output/bench.json. Timings are reported, never asserted (the bundle budget is the one
 * deterministic figure CI enforces, in tests/tools/check-bundle-budget.mjs).
 */

/** The CI budget (tests/tools/check-bundle-budget.mjs enforces it; here it only labels the figure). */
const INITIAL_JS_BUDGET_KB = 125;

export type BenchOptions = { root: string; port: number; runs: number; coldRuns: number };

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown; the run itself fails later with a clearer message.
  }
  return {
    loadAverage: loadavg().map((l) => +l.toFixed(2)),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    chromium,
  };
}

export async function runBench(options: BenchOptions): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg().map((l) => +l.toFixed(2));
  const server = await startServer(options.root, options.port);
  const browser = await launchBenchBrowser();
  const ctx: BenchContext = {
    root: options.root,
    distDir: join(options.root, 'dist'),
    baseUrl: server.url,
    browser,
    runs: options.runs,
    coldRuns: options.coldRuns,
    figures: [],
    skipped: [],
    network: [],
    log: (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`),
  };
  try {
    const initial = initialChunks(ctx.distDir);
    ctx.figures.push(
      fixedFigure({
        id: 'bundle.initial.js',
        group: 'bundle',
        label: `initial JS, entry + modulepreloads (gzip; CI budget ${INITIAL_JS_BUDGET_KB} kB)`,
        unit: 'kB',
        value: initial.jsGzip / 1024,
      }),
      fixedFigure({ id: 'bundle.initial.css', group: 'bundle', label: 'initial CSS (gzip)', unit: 'kB', value: initial.cssGzip / 1024 }),
    );
    const steps = { lazy: lazyLoadingStep, cold: coldLoadStep, large: largeStoreStep, domain: domainStep, adapters: adaptersStep };
    // BENCH_ONLY=cold,large runs only those steps, to iterate on one figure.
    const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
    for (const [name, step] of Object.entries(steps)) {
      if (only && !only.includes(name)) continue;
      try {
        await step(ctx);
      } catch (error) {
        // One broken step (a changed screen, a timeout) must not cost the figures of the others.
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.error(`[bench] step "${name}" failed: ${message}`);
        ctx.skipped.push({
          id: `step.${name}`,
          label: `the rest of step "${name}"`,
          reason: `failed: ${message}`,
          hook: `tests/bench/steps/`,
        });
        process.exitCode = 1;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const durationS = (Date.now() - started) / 1000;
  const info = machine();
  console.log(`\nMGI Workbench benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryGiB} GiB, Node ${info.node}, ${info.chromium}`);
  // Other work on the machine skews timings; the load average says how busy it was.
  console.log(`load average (1, 5, 15 min): ${loadBefore.join(', ')} at start, ${info.loadAverage.join(', ')} at end`);
  console.log(`runs: ${options.runs} per interaction, ${options.coldRuns} per cold load; medians, with min, p90 and max\n`);
  const figures = withTargets(ctx.figures);
  printTable(figures);
  printNetwork(ctx.network);
  printSkipped(ctx.skipped);
  const output = join(options.root, 'bench-output', 'bench.json');
  writeJson(output, {
    date: new Date().toISOString(),
    durationS,
    machine: { ...info, loadAverageAtStart: loadBefore },
    runs: { interaction: options.runs, cold: options.coldRuns, throttled: process.env.BENCH_THROTTLED_RUNS ?? 'default' },
    figures,
    network: ctx.network,
    notAvailableYet: ctx.skipped,
  });
  console.log(`\nwrote ${output} in ${durationS.toFixed(0)} s`);
}
