import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figure, Skipped } from './stats';

/** Prints the figures as a table and writes them as JSON (bench-output/bench.json). */

function format(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'kB') return value.toFixed(1);
  return value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function ratioText(ratio: number | undefined): string {
  return ratio === undefined ? '' : `×${ratio.toFixed(2)}`;
}

export function printTable(figures: readonly Figure[]): void {
  const header = [
    'figure',
    'unit',
    'median',
    'min',
    'p90',
    'max',
    'runs',
    'vs baseline (floor)',
    'longest task med/max',
    'old laptop (CPU 4×): median, vs floor',
    'target',
  ];
  const rows = figures.map((f) => [
    `${f.group}: ${f.label}`,
    f.unit,
    format(f.median, f.unit),
    f.runs > 1 ? format(f.min, f.unit) : '',
    f.runs > 1 ? format(f.p90, f.unit) : '',
    f.runs > 1 ? format(f.max, f.unit) : '',
    String(f.runs),
    f.ratio !== undefined && f.baseline ? `${ratioText(f.ratio)} (${f.baseline.label} ${format(f.baseline.median, f.unit)})` : '',
    f.longestTask ? `${format(f.longestTask.median, 'ms')} / ${format(f.longestTask.max, 'ms')}` : '',
    f.throttled
      ? `${format(f.throttled.median, f.unit)} ${ratioText(f.throttled.ratio)}${f.throttled.baselineMedian !== undefined ? ` (floor ${format(f.throttled.baselineMedian, f.unit)})` : ''}`
      : '',
    f.target ? (f.target.met ? 'met' : 'NOT MET') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i >= 2 && i <= 6))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const notes = figures.filter((f) => f.note);
  if (notes.length > 0) {
    console.log('\nnotes:');
    for (const f of notes) console.log(`  ${f.group}: ${f.label}: ${f.note}`);
  }
  const targets = figures.filter((f) => f.target);
  if (targets.length > 0) {
    const met = targets.filter((f) => f.target?.met).length;
    console.log(`\ntargets (medians of this run; reported, never asserted): ${met} of ${targets.length} met`);
    for (const f of targets) console.log(`  ${f.target?.met ? 'met    ' : 'NOT MET'}  ${f.group}: ${f.label} — ${f.target?.text}`);
  }
}

export function printSkipped(skipped: readonly Skipped[]): void {
  if (skipped.length === 0) return;
  console.log('\nnot available yet:');
  for (const s of skipped) console.log(`  ${s.label}: not available yet (${s.reason}); hook: ${s.hook}`);
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
