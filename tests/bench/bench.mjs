// `npm run bench`: builds the app exactly as users get it (dist/), builds the bench-only seed
// page and the bench runner into bench-output/ (never into dist/), then runs the benchmark.
// Options: BENCH_PORT (default 4326), BENCH_RUNS (default 15), BENCH_COLD_RUNS (default 5),
// BENCH_ONLY=lazy,cold,large,domain,adapters (a subset of steps), BENCH_PROFILE=1 (CPU profile).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const alias = { '@': join(root, 'src') };
// As in vite.config.ts: jsPDF's optional html2canvas, DOMPurify and canvg are never used.
const noOptionalModule = join(root, 'src/report/no-optional-module.ts');
const seedAlias = { ...alias, html2canvas: noOptionalModule, dompurify: noOptionalModule, canvg: noOptionalModule };
const quiet = { logLevel: 'warn' };

console.log('[bench] building the app (vite build → dist/)');
await build({ root, configFile: join(root, 'vite.config.ts'), ...quiet });

// The app's data modules written at build time (virtual:bundled-catalogues, virtual:country-list):
// the seed page and the runner import app code that reads them.
const appConfig = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'));
const dataPlugins = () =>
  (appConfig?.config.plugins ?? [])
    .flat(Infinity)
    .filter((plugin) => ['mgi-bundled-catalogues', 'mgi-country-list'].includes(plugin?.name));

console.log('[bench] building the seed page and the runner (→ bench-output/)');
await build({
  root,
  configFile: false,
  base: '/__bench/',
  resolve: { alias: seedAlias },
  plugins: dataPlugins(),
  // The PDF floor runs in a module worker that loads jsPDF lazily (pdf-floor-worker.ts).
  worker: { format: 'es', plugins: dataPlugins },
  build: {
    target: 'es2022',
    outDir: join(root, 'bench-output', 'seed'),
    emptyOutDir: true,
    rollupOptions: {
      input: { seed: join(root, 'tests/bench/seed-page.html'), baseline: join(root, 'tests/bench/baseline.html') },
      // The seed page can load any app module by path, including ones it also imports statically.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
  ...quiet,
});
await build({
  root,
  configFile: false,
  resolve: { alias },
  plugins: dataPlugins(),
  build: { target: 'node20', ssr: join(root, 'tests/bench/run-bench.ts'), outDir: join(root, 'bench-output', 'runner'), emptyOutDir: true },
  ...quiet,
});

const { runBench } = await import(pathToFileURL(join(root, 'bench-output', 'runner', 'run-bench.js')).href);
await runBench({
  root,
  port: Number(process.env.BENCH_PORT ?? 4326),
  runs: Number(process.env.BENCH_RUNS ?? 15),
  coldRuns: Number(process.env.BENCH_COLD_RUNS ?? 5),
});
