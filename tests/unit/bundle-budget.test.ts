import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Runs tests/tools/check-bundle-budget.mjs against a small fake build, as CI runs it against dist/. */
const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'tests', 'tools', 'check-bundle-budget.mjs');

function fakeBuild(chunks: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'mgi-budget-'));
  mkdirSync(join(dist, 'assets'));
  const [entry, ...preloads] = Object.keys(chunks);
  for (const [name, text] of Object.entries(chunks)) writeFileSync(join(dist, 'assets', name), text);
  writeFileSync(
    join(dist, 'index.html'),
    `<script type="module" crossorigin src="/assets/${entry}"></script>\n${preloads.map((p) => `<link rel="modulepreload" crossorigin href="/assets/${p}">`).join('\n')}`,
  );
  return dist;
}

function check(chunks: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script], { env: { ...process.env, BUNDLE_DIST: fakeBuild(chunks) }, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the start-bundle check', () => {
  it('passes a small start bundle without charts, PDF or catalogue data', () => {
    expect(check({ 'index-a1.js': 'console.log("start screen")', 'db-b2.js': 'export const db = 1;' }).status).toBe(0);
  });

  it('fails when recharts is in a start-screen chunk', () => {
    const result = check({ 'index-a1.js': 'const c = clsx(`recharts-surface`, n);' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('recharts');
  });

  it('fails when jsPDF is in a start-screen chunk, by content or by name', () => {
    expect(check({ 'index-a1.js': 'lt("%PDF-"+w)' }).output).toContain('jsPDF');
    const byName = check({ 'index-a1.js': 'import "./jspdf.es.min-x9.js"', 'jspdf.es.min-x9.js': 'export {}' });
    expect(byName.status).toBe(1);
    expect(byName.output).toContain('jspdf.es.min-x9.js');
  });

  it('fails when the catalogue data is in a start-screen chunk', () => {
    const catalogue = readFileSync(join(root, 'indicators', 'mgi', '1.0.0.json'), 'utf8');
    const inlined = check({ 'index-a1.js': `var e=\`${catalogue}\`;export{e};` });
    expect(inlined.status).toBe(1);
    expect(inlined.output).toContain('catalogue data from 1.0.0.json');
    expect(check({ 'index-a1.js': 'x', '1.0.0-Bm4.js': 'export {}' }).output).toContain('catalogue file 1.0.0.json');
  });

  it('holds the start-screen JavaScript to 125 kB gzip, counting the entry and its modulepreloads', () => {
    const noise = randomBytes(200 * 1024).toString('base64');
    // Random base64 barely compresses: the shortest prefix whose gzip reaches the size asked for.
    const gzipped = (kB: number) => {
      let [low, high] = [0, noise.length];
      while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if (gzipSync(noise.slice(0, mid), { level: 9 }).length < kB * 1024) low = mid + 1;
        else high = mid;
      }
      return noise.slice(0, low);
    };
    expect(check({ 'index-a1.js': gzipped(123) }).status).toBe(0);
    const over = check({ 'index-a1.js': gzipped(127) });
    expect(over.status).toBe(1);
    expect(over.output).toContain('bundle budget exceeded');
    expect(over.output).toContain('budget 125 kB');
    // Two chunks of 63 kB each: neither alone is over, together they are.
    expect(check({ 'index-a1.js': gzipped(63), 'db-b2.js': gzipped(63) }).status).toBe(1);
  }, 30_000);

  it("fails when jsPDF's optional html2canvas, DOMPurify or canvg is emitted or precached, lazily or not", () => {
    const start = { 'index-a1.js': 'console.log("start screen")' };
    expect(check({ ...start, 'report-c3.js': 'export const pdf = 1;' }).status).toBe(0);
    const byName = check({ ...start, 'purify.es-d4.js': 'export {}' });
    expect(byName.status).toBe(1);
    expect(byName.output).toContain('optional DOMPurify was emitted');
    const inlined = check({ ...start, 'report-c3.js': 'const c = "html2canvas-container";' });
    expect(inlined.status).toBe(1);
    expect(inlined.output).toContain('optional html2canvas');
    expect(check({ ...start, 'report-c3.js': 'class SVGFontLoader {}' }).output).toContain('optional canvg');
  });

  it("fails when the service worker precaches one of jsPDF's optional chunks", () => {
    const dist = fakeBuild({ 'index-a1.js': 'console.log("start screen")' });
    writeFileSync(
      join(dist, 'sw.js'),
      'precacheAndRoute([{url:"assets/index-a1.js",revision:null},{url:"assets/index.es-canvg9.js",revision:null}]);',
    );
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, BUNDLE_DIST: dist }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain("sw.js precaches jsPDF's optional canvg");
  });
});
