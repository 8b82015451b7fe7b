import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Plugin, PreviewServer } from 'vite';
import { preview } from 'vite';

/**
 * Serves the BUILT app (dist/) with `vite preview`, exactly as the browser tests do, plus the
 * bench-only pages (bench-output/seed/) under /__bench/ on the same origin, so the seeder writes
 * into the app's own IndexedDB. Nothing of the bench ends up in dist/.
 */

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function serveBenchPages(seedDir: string): Plugin {
  return {
    name: 'mgi-bench-pages',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith('/__bench/')) return next();
        const file = normalize(join(seedDir, url.slice('/__bench/'.length)));
        if (!file.startsWith(seedDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
  };
}

export async function startServer(root: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [serveBenchPages(join(root, 'bench-output', 'seed'))],
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
