import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the start screen loads before it runs, as the CI budget counts it: dist/index.html's scripts, preloads and styles. */
export function initialChunks(distDir: string): { files: string[]; jsGzip: number; cssGzip: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const gzip = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const sum = (ext: string) => files.filter((f) => f.endsWith(ext)).reduce((total, f) => total + gzip(f), 0);
  return { files, jsGzip: sum('.js'), cssGzip: sum('.css') };
}
