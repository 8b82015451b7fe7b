import Papa from 'papaparse';

/**
 * Turns a user's file into rows of text cells: CSV (any of , ; or tab, UTF-8) or XLSX. Size is
 * checked from File.size before a single byte is read, and the type from the file's first bytes,
 * not its name. XLSX support is loaded only when an XLSX file arrives.
 */

/** A filled answers sheet is about 100 kB; 5 MB leaves room for long justifications. */
export const MAX_SPREADSHEET_BYTES = 5_000_000;

export type SpreadsheetFileErrorCode =
  | 'too-large'
  | 'empty-file'
  | 'unsupported-type'
  | 'legacy-excel'
  | 'not-utf8'
  | 'invalid-csv'
  | 'unreadable'
  | 'expands-too-large'
  | 'future-format'
  | 'unknown-format'
  | 'other-catalogue';

export type SpreadsheetFileError = { readonly code: SpreadsheetFileErrorCode; readonly row: number; readonly detail: string };

export type SpreadsheetReadResult =
  | {
      readonly ok: true;
      readonly format: 'csv' | 'xlsx';
      readonly rows: string[][];
      /** Machine-readable facts from an XLSX "About" sheet (sheet format, catalogue); empty for CSV. */
      readonly meta: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly error: SpreadsheetFileError };

export type FileLike = { readonly name: string; readonly size: number; arrayBuffer(): Promise<ArrayBuffer> };

const failure = (code: SpreadsheetFileErrorCode, detail = '', row = 0): SpreadsheetReadResult => ({
  ok: false,
  error: { code, row, detail },
});

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export async function readSpreadsheetFile(file: FileLike): Promise<SpreadsheetReadResult> {
  if (file.size > MAX_SPREADSHEET_BYTES) return failure('too-large', String(file.size));
  if (file.size === 0) return failure('empty-file');
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const { readXlsx } = await import('./spreadsheet-xlsx');
    return readXlsx(buffer);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return failure('legacy-excel');
  if (/\.xlsx$/i.test(file.name)) return failure('unreadable');
  if (!/\.(csv|txt)$/i.test(file.name)) return failure('unsupported-type', file.name.slice(-20));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('not-utf8');
  }
  return parseCsvText(text);
}

export function parseCsvText(text: string): SpreadsheetReadResult {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return failure('empty-file');
  const parsed = Papa.parse<string[]>(content, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  // A one-column file has no delimiter to detect; that is the header check's business, not an error here.
  const problem = parsed.errors.find((error) => error.code !== 'UndetectableDelimiter');
  if (problem) return failure('invalid-csv', problem.message.slice(0, 200), (problem.row ?? 0) + 1);
  return { ok: true, format: 'csv', rows: parsed.data.map((row) => row.map((cell) => String(cell))), meta: {} };
}

/** CSV with a byte-order mark and CRLF, which is what Excel needs to read UTF-8 (Arabic) correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((row) => [...row]),
    { newline: '\r\n', quotes: true },
  )}\r\n`;
}
