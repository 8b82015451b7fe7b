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

export function printTable(figures: readonly Figure[]): void {
  const header = ['figure', 'unit', 'median', 'min', 'p90', 'max', 'runs', 'vs baseline'];
  const rows = figures.map((f) => [
    `${f.group}: ${f.label}`,
    f.unit,
    format(f.median, f.unit),
    f.runs > 1 ? format(f.min, f.unit) : '',
    f.runs > 1 ? format(f.p90, f.unit) : '',
    f.runs > 1 ? format(f.max, f.unit) : '',
    String(f.runs),
    f.ratio !== undefined && f.baseline ? `×${f.ratio.toFixed(2)} (${f.baseline.label} ${format(f.baseline.median, f.unit)})` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i >= 2 && i <= 6)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const notes = figures.filter((f) => f.note);
  if (notes.length > 0) {
    console.log('\nnotes:');
    for (const f of notes) console.log(`  ${f.group}: ${f.label}: ${f.note}`);
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
