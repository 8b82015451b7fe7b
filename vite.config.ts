/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type * as LoadCataloguesModule from './src/catalog/load-catalogues';
import type * as CountryListModule from './src/lib/country-list';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));
const indicatorsDir = fileURLToPath(new URL('./indicators', import.meta.url));
/** jsPDF's optional chunks (html2canvas, DOMPurify, canvg) are never used by the report. */
const noOptionalModule = fileURLToPath(new URL('./src/report/no-optional-module.ts', import.meta.url));
const fflateWithoutWorkers = fileURLToPath(new URL('./src/interchange/fflate-without-workers.ts', import.meta.url));

/**
 * read-excel-file and write-excel-file get an fflate whose async zip/unzip never start a blob:
 * worker, which the CSP blocks and which left large sheets hanging (issue 16). They run in the
 * app's own file worker instead (src/interchange/fflate-without-workers.ts).
 */
function excelZipWithoutBlobWorkers(): Plugin {
  return {
    name: 'mgi-excel-zip-without-blob-workers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]node_modules[\\/](read|write)-excel-file[\\/]/.test(importer))
        return fflateWithoutWorkers;
      return null;
    },
  };
}

/** Runs one of the app's own modules at build time, with its `@/` imports resolved as in the app. */
async function importFromSrc<T>(path: string): Promise<T> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const options = { configFile: false as const, root, resolve: { alias: { '@': srcDir } }, logLevel: 'error' as const };
  return (await runnerImport<T>(`/src/${path}`, options)).module;
}

/** A module written at build time: `virtual:<name>`, its source from `write` (which may watch files). */
function virtualModule(name: string, write: (watch: (file: string) => void) => Promise<string>): Plugin {
  const id = `virtual:${name}`;
  return {
    name: `mgi-${name}`,
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      return resolved === `\0${id}` ? write((file) => this.addWatchFile(file)) : null;
    },
  };
}

/** The create form's sorted country names, computed here rather than in the browser (src/lib/country-list.ts). */
const countryList = () =>
  virtualModule('country-list', async () => (await importFromSrc<typeof CountryListModule>('lib/country-list.ts')).countryListsModule());

/**
 * The bundled catalogues, validated here with the app's own loader (src/catalog/load-catalogues.ts)
 * and shipped as its result: the browser then neither loads zod nor checks ~800 kB of JSON before
 * the first assessment screen can draw (docs/PERFORMANCE.md). A broken file does not fail the
 * build: its problems are in the result, and the app reports them as it would have at run time.
 */
const bundledCatalogues = () =>
  virtualModule('bundled-catalogues', async (watch) => {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(indicatorsDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      const path = join(entry.parentPath, entry.name);
      watch(path);
      files[relative(indicatorsDir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
    const { loadCatalogues } = await importFromSrc<typeof LoadCataloguesModule>('catalog/load-catalogues.ts');
    // JSON.parse of one string is faster for the browser than evaluating the same object literal.
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadCatalogues(files)))});\n`;
  });

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null };

/**
 * Everything the start screen imports statically goes into one chunk. Left to itself the bundler
 * makes a chunk per set of importers, so each new lazy screen that shares a few start modules
 * split the start bundle into more small files, each costing its own gzip and request overhead
 * (docs/PERFORMANCE.md budget). Lazy screens then import from this one chunk.
 */
function startChunk(id: string, graph: ModuleGraph, seen = new Map<string, boolean>()): string | null {
  const known = seen.get(id);
  if (known !== undefined) return known ? 'start' : null;
  seen.set(id, false); // a cycle back to this module proves nothing
  const info = graph.getModuleInfo(id);
  const isStart = !!info && (info.isEntry || info.importers.some((importer) => startChunk(importer, graph, seen) !== null));
  seen.set(id, isStart);
  return isStart ? 'start' : null;
}

/**
 * The Content-Security-Policy of the built app: only our own scripts, no eval, no plugins, no
 * form posts, no network but our own origin. Injected at build time only, because the dev server
 * needs inline scripts (React refresh) and inline styles (CSS hot reload). React and recharts set
 * styles through the CSSOM, which style-src does not restrict, so no 'unsafe-inline' is needed.
 * blob: is allowed for images and frames so generated PDFs and charts can be previewed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'mgi-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

export default defineConfig({
  // Relative URLs throughout, so dist/ works served from any folder (https://host/mgi/), not only a site root.
  base: './',
  plugins: [
    excelZipWithoutBlobWorkers(),
    countryList(),
    bundledCatalogues(),
    react(),
    contentSecurityPolicy(),
    // A precaching service worker: after the first visit the whole app (code, catalogues, fonts)
    // loads with the network off. 'prompt' = a new version waits until the user chooses to reload
    // (src/app/update-prompt.tsx registers it lazily and asks); it never reloads an open editor.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'MGI Workbench',
        short_name: 'MGI Workbench',
        description: 'Score, discuss and validate Migration Governance Indicators, offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,woff,woff2,json,png,ico,webmanifest}'],
        maximumFileSizeToCacheInBytes: 6_000_000,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: { alias: { '@': srcDir, html2canvas: noOptionalModule, dompurify: noOptionalModule, canvg: noOptionalModule } },
  // The report worker imports the report layer lazily: ES module workers keep code splitting.
  worker: { format: 'es', plugins: () => [excelZipWithoutBlobWorkers(), bundledCatalogues()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: (id: string, graph: ModuleGraph) => startChunk(id, graph), debugName: 'start' }] } },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/component-setup.ts'],
          // A ceiling, not a speed check: jsdom screens that load the catalogues can take seconds on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
