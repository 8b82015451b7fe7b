// The bundle budget from docs/PERFORMANCE.md: what the start screen loads before it can run
// (the entry script, its modulepreloads and CSS), gzipped, and what must never be in it: the
// charts (recharts), the PDF (jsPDF and its plugins) and the catalogue data. Deterministic, so CI
// enforces it. BUNDLE_DIST points it at another build (its own test does).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_GZIP = 125 * 1024;
const root = join(import.meta.dirname, '..', '..');
const dist = process.env.BUNDLE_DIST ?? join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const sizes = initial.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
const js = sizes.filter((s) => s.file.endsWith('.js')).reduce((sum, s) => sum + s.gzip, 0);
const css = sizes.filter((s) => s.file.endsWith('.css')).reduce((sum, s) => sum + s.gzip, 0);

for (const { file, gzip } of sizes) console.log(`  ${file}: ${(gzip / 1024).toFixed(1)} kB gzip`);
console.log(`initial JS ${(js / 1024).toFixed(1)} kB gzip (budget ${BUDGET_JS_GZIP / 1024} kB), CSS ${(css / 1024).toFixed(1)} kB gzip`);

const failures = [];
if (js > BUDGET_JS_GZIP) failures.push(`bundle budget exceeded by ${((js - BUDGET_JS_GZIP) / 1024).toFixed(1)} kB`);

/**
 * Text that only the library (or the data) contains, so a minified chunk still gives it away:
 * string literals survive minification. Chunk names catch a library split into its own chunk.
 */
const LIBRARIES = [
  {
    name: 'recharts (charts must load lazily)',
    fileName: /recharts|d3-|victory/i,
    markers: ['recharts-surface', 'recharts-wrapper', 'recharts-layer'],
  },
  {
    name: 'jsPDF (the PDF must load lazily)',
    fileName: /jspdf|autotable|svg2pdf|html2canvas|purify/i,
    markers: ['%PDF-', 'jspdf-autotable', 'svg2pdf'],
  },
];

/** Long plain strings from every catalogue and reference file, and the files' own names. */
function catalogueMarkers() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.json')) files.push(join(dir, entry.name));
    }
  };
  walk(join(root, 'indicators'));
  const markers = [];
  for (const file of files) {
    const strings = [];
    const collect = (value) => {
      if (typeof value === 'string' && value.length >= 40 && /^[A-Za-z0-9 ,.;:()-]+$/.test(value)) strings.push(value);
      else if (value && typeof value === 'object') for (const child of Object.values(value)) collect(child);
    };
    collect(JSON.parse(readFileSync(file, 'utf8')));
    markers.push(...strings.slice(0, 3).map((text) => ({ file: basename(file), text })));
  }
  const names = files.map((file) => basename(file, '.json'));
  return { markers, names };
}

const catalogue = catalogueMarkers();
for (const file of initial.filter((f) => f.endsWith('.js'))) {
  const name = basename(file);
  const text = readFileSync(join(dist, file), 'utf8');
  for (const library of LIBRARIES) {
    if (library.fileName.test(name)) failures.push(`${file}: its name says it is ${library.name}, yet it is in the start bundle`);
    const marker = library.markers.find((m) => text.includes(m));
    if (marker) failures.push(`${file} contains ${library.name}: found "${marker}" in a start-screen chunk`);
  }
  const dataName = catalogue.names.find((n) => name.startsWith(`${n}-`));
  if (dataName) failures.push(`${file}: the catalogue file ${dataName}.json is in the start bundle (it must load on demand)`);
  const data = catalogue.markers.find((m) => text.includes(m.text));
  if (data) failures.push(`${file} contains catalogue data from ${data.file} ("${data.text.slice(0, 40)}…")`);
}
console.log(
  `checked ${initial.length} start-screen files for recharts, jsPDF and catalogue data (${catalogue.markers.length} data markers)`,
);

/**
 * jsPDF imports html2canvas, DOMPurify and canvg on demand for features the report never uses;
 * vite.config.ts points them at an empty module. None of them may be emitted into dist/ (as a
 * chunk of any name, or inlined) nor listed in the service worker's precache.
 */
const OPTIONAL = [
  { name: 'html2canvas', fileName: /html2canvas/i, marker: 'html2canvas-container' },
  { name: 'DOMPurify', fileName: /purify/i, marker: 'SAFE_FOR_TEMPLATES' },
  { name: 'canvg', fileName: /canvg/i, marker: 'SVGFontLoader' },
];
const emitted = [];
const walkDist = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walkDist(join(dir, entry.name));
    else if (entry.name.endsWith('.js')) emitted.push(join(dir, entry.name));
  }
};
walkDist(dist);
for (const path of emitted) {
  const name = path.slice(dist.length + 1);
  const text = readFileSync(path, 'utf8');
  for (const library of OPTIONAL) {
    if (library.fileName.test(basename(path))) failures.push(`${name}: jsPDF's optional ${library.name} was emitted`);
    else if (text.includes(library.marker)) failures.push(`${name} contains jsPDF's optional ${library.name} ("${library.marker}")`);
  }
}
// The service worker (sw.js and its workbox helpers at the root of dist/) lists what it precaches.
for (const path of emitted.filter((file) => !file.slice(dist.length + 1).includes('/'))) {
  const listed = readFileSync(path, 'utf8').match(/["'][^"']*\.js["']/g) ?? [];
  for (const url of listed)
    for (const library of OPTIONAL)
      if (library.fileName.test(url)) failures.push(`${basename(path)} precaches jsPDF's optional ${library.name}: ${url}`);
}
console.log(`checked ${emitted.length} emitted scripts for jsPDF's optional html2canvas, DOMPurify and canvg`);

if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  process.exit(1);
}
