// The bundle budget from docs/PERFORMANCE.md: what the start screen loads before it can run
// (the entry script, its modulepreloads and CSS), gzipped. Deterministic, so CI enforces it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_GZIP = 120 * 1024;
const dist = join(import.meta.dirname, '..', '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const sizes = initial.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
const js = sizes.filter((s) => s.file.endsWith('.js')).reduce((sum, s) => sum + s.gzip, 0);
const css = sizes.filter((s) => s.file.endsWith('.css')).reduce((sum, s) => sum + s.gzip, 0);

for (const { file, gzip } of sizes) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} kB gzip`);
console.log(`initial JS ${(js / 1024).toFixed(1)} kB gzip (budget ${BUDGET_JS_GZIP / 1024} kB), CSS ${(css / 1024).toFixed(1)} kB gzip`);
if (js > BUDGET_JS_GZIP) {
  console.error(`bundle budget exceeded by ${((js - BUDGET_JS_GZIP) / 1024).toFixed(1)} kB`);
  process.exit(1);
}
