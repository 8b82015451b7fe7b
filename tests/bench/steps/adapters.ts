import type { BenchContext } from '../context';
import type { Figure } from '../stats';

/**
 * Hook points for what other features bring: drop a module into tests/bench/adapters/ that
 * exports `benchAdapter: BenchAdapter` and the next `npm run bench` runs it. Until then the
 * figure is listed under "not available yet", saying whether the feature's code already exists.
 * Adapters get the whole bench context: the browser, the served app (with the seed page under
 * /__bench/, see seed-page.ts) and the run counts. They return their figures (stats.ts `figure`).
 */
export type BenchAdapter = { readonly label: string; run(ctx: BenchContext): Promise<Figure[]> };

const adapters = import.meta.glob<{ benchAdapter: BenchAdapter }>('/tests/bench/adapters/*.ts');
const reportModules = Object.keys(import.meta.glob('/src/report/**/*.ts'));
const interchangeModules = Object.keys(import.meta.glob('/src/interchange/**/*.ts'));

const EXPECTED = [
  {
    file: 'pdf-build.ts',
    label: 'PDF build time and size (report module, headless in Node)',
    feature: 'src/report/',
    found: reportModules,
  },
  {
    file: 'pdf-worker.ts',
    label: 'PDF export time in the browser (report worker)',
    feature: 'src/report/',
    found: reportModules,
  },
  { file: 'package-import.ts', label: 'import/merge of a large member package', feature: 'src/interchange/', found: interchangeModules },
  { file: 'backup-restore.ts', label: 'restore of a large backup', feature: 'src/interchange/', found: interchangeModules },
] as const;

export async function adaptersStep(ctx: BenchContext): Promise<void> {
  for (const expected of EXPECTED) {
    const load = adapters[`/tests/bench/adapters/${expected.file}`];
    if (load) continue;
    ctx.skipped.push({
      id: `adapter.${expected.file}`,
      label: expected.label,
      reason:
        expected.found.length === 0
          ? `no ${expected.feature} module yet`
          : `${expected.feature} exists (${expected.found.length} files) but has no bench adapter`,
      hook: `tests/bench/adapters/${expected.file} exporting benchAdapter: BenchAdapter (tests/bench/steps/adapters.ts)`,
    });
  }
  // BENCH_ADAPTERS=pdf-build,pdf-worker runs only those adapters (file names without .ts).
  const only = process.env.BENCH_ADAPTERS?.split(',').map((name) => `/tests/bench/adapters/${name.trim()}.ts`);
  for (const [path, load] of Object.entries(adapters)) {
    if (only && !only.includes(path)) continue;
    const { benchAdapter } = await load();
    ctx.log(`adapter: ${benchAdapter.label} (${path})`);
    // One adapter that fails (a changed command, a refusal) is reported; the others still run.
    try {
      ctx.figures.push(...(await benchAdapter.run(ctx)));
    } catch (error) {
      ctx.skipped.push({
        id: `adapter.${path}`,
        label: benchAdapter.label,
        reason: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        hook: path,
      });
    }
  }
}
