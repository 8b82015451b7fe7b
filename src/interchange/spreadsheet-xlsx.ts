import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { SpreadsheetReadResult } from './spreadsheet-file';
import { SHEET_META_KEYS } from './spreadsheet-columns';
import { zipExpansionProblem } from './spreadsheet-zip';

/**
 * The XLSX side, loaded only when someone asks for an Excel file: write-excel-file and
 * read-excel-file are small, maintained, pure JavaScript (fflate inside) and need no network. In
 * the app they run in the file worker (file-task.worker.ts) with an fflate that never starts a
 * blob: worker of its own (fflate-without-workers.ts), which the Content-Security-Policy would block.
 */

export const ANSWERS_SHEET = 'Answers';
export const ABOUT_SHEET = 'About';

/**
 * write-excel-file 4.1.1 indexes shared strings in a plain object, so a cell whose whole text is
 * an Object.prototype member ("constructor", "valueOf", …) corrupts the file. Such cells are
 * written with a leading apostrophe, which the reader removes again.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const needsProtection = (value: string) => PROTOTYPE_NAMES.has(value.replace(/^'+/, ''));
const protectName = (value: string) => (needsProtection(value) ? `'${value}` : value);
const unprotectName = (value: string) => (value.startsWith("'") && needsProtection(value.slice(1)) ? value.slice(1) : value);

export type XlsxSheet = { readonly name: string; readonly rows: readonly (readonly string[])[]; readonly columnWidths?: readonly number[] };

export async function writeXlsx(sheets: readonly XlsxSheet[], rightToLeft: boolean): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      rightToLeft,
      stickyRowsCount: 1,
      columns: sheet.columnWidths?.map((width) => ({ width })),
      // Every cell is written as a string: nothing in an answer sheet is ever a formula.
      data: sheet.rows.map((row, index) =>
        row.map((value) => ({
          value: protectName(value),
          type: String,
          wrap: index > 0,
          fontWeight: index === 0 ? ('bold' as const) : undefined,
        })),
      ),
    })),
  ).toBlob();
}

function cellToText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return unprotectName(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Reads the Answers sheet (or the first one) as rows of text. */
export async function readXlsx(buffer: ArrayBuffer): Promise<SpreadsheetReadResult> {
  const expansion = zipExpansionProblem(new Uint8Array(buffer));
  if (expansion) return { ok: false, error: { code: expansion, row: 0, detail: '' } };
  try {
    // Numbers stay as the text they were typed as, and spaces are kept: cells are text, always.
    const sheets = await readXlsxFile<string>(buffer, { trim: false, parseNumber: (text) => text });
    const sheet = sheets.find((s) => s.sheet === ANSWERS_SHEET) ?? sheets[0];
    if (!sheet) return { ok: false, error: { code: 'empty-file', row: 0, detail: '' } };
    const meta = new Map<string, string>();
    for (const row of sheets.find((s) => s.sheet === ABOUT_SHEET)?.data ?? []) {
      const [key, value] = row.map(cellToText);
      if (key && (SHEET_META_KEYS as readonly string[]).includes(key) && !meta.has(key)) meta.set(key, value ?? '');
    }
    return { ok: true, format: 'xlsx', rows: sheet.data.map((row) => row.map(cellToText)), meta: Object.fromEntries(meta) };
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', row: 0, detail: error instanceof Error ? error.message.slice(0, 200) : '' } };
  }
}
