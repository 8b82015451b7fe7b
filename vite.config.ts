/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

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

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': srcDir } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: (id: string, graph: ModuleGraph) => startChunk(id, graph), debugName: 'start' }] } } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    // svg2pdf.js ships only a UMD main; inlining lets Vitest resolve its jsPDF import.
    server: { deps: { inline: ['svg2pdf.js'] } },
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
