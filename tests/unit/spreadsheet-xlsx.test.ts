import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpreadsheetFile, MAX_SPREADSHEET_BYTES } from '@/interchange/spreadsheet-file';
import { exportAnswers } from '@/interchange/spreadsheet-export';
import { planSpreadsheetImport } from '@/interchange/spreadsheet-import';
import { writeXlsx } from '@/interchange/spreadsheet-xlsx';
import { zipExpansionProblem } from '@/interchange/spreadsheet-zip';
import { sheetMetaProblem } from '@/interchange/spreadsheet-columns';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');

function fileOf(bytes: Uint8Array | string, name: string) {
  const blob = new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]);
  return { name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() };
}

async function exported(format: 'csv' | 'xlsx', template = false) {
  const stored = [response('A1', { answer: 'yes', justification: '=SUM(A1:A9) was the clause', status: 'agreed', revision: 2 })];
  const { blob, fileName } = await exportAnswers(format, {
    catalogue,
    responses: stored,
    sources: [],
    template,
    fileStem: 'x',
    about: [['Catalogue', 'fixture@1.0.0']],
    rightToLeft: false,
  });
  return { file: fileOf(new Uint8Array(await blob.arrayBuffer()), fileName), stored };
}

describe('spreadsheet files', () => {
  it.each(['csv', 'xlsx'] as const)('a %s export imports back with no change to make', async (format) => {
    const { file, stored } = await exported(format);
    const read = await readSpreadsheetFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.format).toBe(format);
    expect(read.meta).toEqual(format === 'xlsx' ? { 'mgi-workbench': 'answers-sheet/1', catalogue: 'fixture@1.0.0' } : {});
    expect(sheetMetaProblem(read.meta, 'fixture@1.0.0')).toBeNull();
    expect(read.rows[1]?.[13]).toBe("'=SUM(A1:A9) was the clause");
    const plan = planSpreadsheetImport(read.rows, catalogue, stored);
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('refuses by size before reading, and refuses legacy, unknown, truncated and non-UTF-8 files', async () => {
    const huge = { name: 'big.csv', size: 100_000_000, arrayBuffer: () => Promise.reject(new Error('must not read')) };
    expect(await readSpreadsheetFile(huge)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(MAX_SPREADSHEET_BYTES).toBeLessThan(100_000_000);
    expect(await readSpreadsheetFile(fileOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.xls'))).toMatchObject({
      ok: false,
      error: { code: 'legacy-excel' },
    });
    expect(await readSpreadsheetFile(fileOf('id,answer', 'answers.pdf'))).toMatchObject({ ok: false, error: { code: 'unsupported-type' } });
    expect(await readSpreadsheetFile(fileOf(new Uint8Array([0xff, 0xfe, 0x41]), 'a.csv'))).toMatchObject({
      ok: false,
      error: { code: 'not-utf8' },
    });
    expect(await readSpreadsheetFile(fileOf('id,"unclosed\n1,2', 'a.csv'))).toMatchObject({ ok: false, error: { code: 'invalid-csv' } });
    const { file } = await exported('xlsx');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(await readSpreadsheetFile(fileOf(bytes.slice(0, bytes.length / 2), 'cut.xlsx'))).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
  });

  it('tells a sheet from a newer app or for another catalogue version', () => {
    expect(sheetMetaProblem({ 'mgi-workbench': 'answers-sheet/2' }, 'x@1.0.0')).toEqual({
      code: 'future-format',
      detail: 'answers-sheet/2',
    });
    expect(sheetMetaProblem({ 'mgi-workbench': 'something-else' }, 'x@1.0.0')?.code).toBe('unknown-format');
    expect(sheetMetaProblem({ 'mgi-workbench': 'answers-sheet/1', catalogue: 'x@0.9.0' }, 'x@1.0.0')).toEqual({
      code: 'other-catalogue',
      detail: 'x@0.9.0',
    });
    expect(sheetMetaProblem({}, 'x@1.0.0')).toBeNull();
  });

  it('spots an archive that claims to unpack to more than it may', () => {
    // A minimal ZIP: one central directory entry claiming 4 GB - 2 bytes unpacked, then the end record.
    const entry = new Uint8Array(46 + 1);
    const view = new DataView(entry.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, 0xfffffffe, true);
    view.setUint16(28, 1, true);
    const end = new Uint8Array(22);
    const endView = new DataView(end.buffer);
    endView.setUint32(0, 0x06054b50, true);
    endView.setUint16(10, 1, true);
    endView.setUint32(16, 0, true);
    const zip = new Uint8Array([...entry, ...end]);
    expect(zipExpansionProblem(zip)).toBe('expands-too-large');
    expect(zipExpansionProblem(new Uint8Array([1, 2, 3]))).toBe('unreadable');
  });

  it('reads back any text written to an XLSX cell, unchanged (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('constructor', "'valueOf", '__proto__', 'toString')),
            { minLength: 2, maxLength: 2 },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        async (rows) => {
          const header = ['id', 'justification'];
          const blob = await writeXlsx([{ name: 'Answers', rows: [header, ...rows] }], false);
          const read = await readSpreadsheetFile(fileOf(new Uint8Array(await blob.arrayBuffer()), 'p.xlsx'));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          // XML cannot hold the control characters, so the library drops them; it also drops U+FFFD,
          // the replacement character, which only ever marks text already lost. Everything else must
          // survive (fast-check found the U+FFFD case).
          // eslint-disable-next-line no-control-regex
          const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFFFE\uFFFF]/g, '');
          const width = (row: string[]) => [row[0] ?? '', row[1] ?? ''];
          expect(read.rows.slice(1).map(width)).toEqual(rows.map((row) => width(row.map(clean))).slice(0, read.rows.length - 1));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on random bytes named .xlsx or .csv (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('f.xlsx', 'f.csv'),
        fc.boolean(),
        async (bytes, name, zipHeader) => {
          const data = zipHeader ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          const read = await readSpreadsheetFile(fileOf(data, name));
          if (!read.ok) expect(read.error.code).toMatch(/^(empty-file|unreadable|not-utf8|invalid-csv|expands-too-large)$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
