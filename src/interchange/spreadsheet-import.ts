import type { Response } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import type { SpreadsheetColumn } from './spreadsheet-columns';
import { NO_WORDS, REQUIRED_IMPORT_COLUMNS, restoreNeutralised, SPREADSHEET_COLUMNS, YES_WORDS } from './spreadsheet-columns';
import { markupProblem } from './hostile-input';

/**
 * Reads a filled answers sheet (CSV or XLSX, already split into cells) against the catalogue and
 * the stored answers, and plans the changes. Pure: nothing is written here. Every problem names
 * its spreadsheet row (as the spreadsheet program numbers it), its column and a code the screen
 * translates. Cells are text, always: nothing in them is evaluated or rendered as markup.
 *
 * Rules: a blank cell never erases what is stored; `answer_value` takes the option value or its
 * English or Arabic label; `not_applicable` takes yes/no (or true/false, 1/0, نعم/لا) and needs a
 * reason; giving an answer marks the indicator applicable again.
 */

export const MAX_IMPORT_ROWS = 2_000;
export const MAX_JUSTIFICATION_LENGTH = 50_000;
export const MAX_REASON_LENGTH = 5_000;

export type RowErrorCode =
  | 'empty-file'
  | 'missing-column'
  | 'duplicate-column'
  | 'too-many-rows'
  | 'missing-id'
  | 'unknown-indicator'
  | 'duplicate-indicator'
  | 'invalid-answer'
  | 'invalid-not-applicable'
  | 'answer-and-not-applicable'
  | 'reason-required'
  | 'text-too-long'
  | 'invalid-characters'
  | 'markup-not-allowed';

export type RowError = {
  /** 1-based row number as the spreadsheet shows it; 0 for problems with the file as a whole. */
  readonly row: number;
  readonly column: SpreadsheetColumn | null;
  readonly code: RowErrorCode;
  /** The offending value (shortened), so the user can find it. */
  readonly value: string;
  /** For a limit that was passed (a text's length, the rows of a sheet): the limit, for the sentence. */
  readonly limit?: number;
};

export type ResponseChange = {
  readonly row: number;
  readonly indicatorId: string;
  /** The revision the plan was made against: the store refuses the change if it moved on. */
  readonly baseRevision: number;
  readonly answer: string | null;
  readonly notApplicable: boolean;
  readonly notApplicableReason: string;
  readonly justification: string;
};

export type ImportPlan = {
  readonly changes: readonly ResponseChange[];
  readonly errors: readonly RowError[];
  /** Data rows read (blank rows excluded), valid or not. */
  readonly rowsRead: number;
  /** Rows whose content already matches the store. */
  readonly unchanged: number;
  /** Rows with errors, so "import only the valid rows" can say what it leaves out. */
  readonly invalidRows: number;
};

// Control characters other than tab and line breaks have no place in an answer; they hide text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

function cellText(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return restoreNeutralised(row[index] ?? '').trim();
}

function matchOption(indicator: Indicator, raw: string): string | undefined {
  const wanted = raw.toLocaleLowerCase();
  const option = indicator.scale.options.find((o) => o.value === wanted || o.label.en.toLocaleLowerCase() === wanted || o.label.ar === raw);
  return option?.value;
}

function parseYesNo(raw: string): boolean | undefined {
  const word = raw.toLocaleLowerCase();
  if ((YES_WORDS as readonly string[]).includes(word)) return true;
  if ((NO_WORDS as readonly string[]).includes(word)) return false;
  return undefined;
}

function headerIndex(header: readonly string[], errors: RowError[]): Map<SpreadsheetColumn, number> {
  const index = new Map<SpreadsheetColumn, number>();
  header.forEach((cell, position) => {
    const key = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    const column = SPREADSHEET_COLUMNS.find((c) => c === key);
    if (!column) return; // Extra columns (the user's own notes) are allowed and ignored.
    if (index.has(column)) errors.push({ row: 1, column, code: 'duplicate-column', value: key });
    else index.set(column, position);
  });
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!index.has(column)) errors.push({ row: 1, column, code: 'missing-column', value: column });
  }
  return index;
}

export function planSpreadsheetImport(
  rows: readonly (readonly string[])[],
  catalogue: Catalogue,
  responses: readonly Response[],
): ImportPlan {
  const errors: RowError[] = [];
  const empty = { changes: [], rowsRead: 0, unchanged: 0, invalidRows: 0 };
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const header = rows[firstFilled];
  if (firstFilled < 0 || !header) return { ...empty, errors: [{ row: 0, column: null, code: 'empty-file', value: '' }] };
  if (rows.length - firstFilled - 1 > MAX_IMPORT_ROWS) {
    return { ...empty, errors: [{ row: 0, column: null, code: 'too-many-rows', value: String(rows.length), limit: MAX_IMPORT_ROWS }] };
  }
  const columns = headerIndex(header, errors);
  if (errors.length > 0) return { ...empty, errors };

  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const stored = new Map(responses.map((r) => [r.indicatorId, r]));
  const seen = new Map<string, number>();
  const changes: ResponseChange[] = [];
  let rowsRead = 0;
  let unchanged = 0;
  let invalidRows = 0;

  rows.slice(firstFilled + 1).forEach((row, offset) => {
    const rowNumber = firstFilled + offset + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    rowsRead += 1;
    const rowErrors: RowError[] = [];
    const fail = (column: SpreadsheetColumn | null, code: RowErrorCode, value: string, limit?: number) =>
      rowErrors.push({ row: rowNumber, column, code, value: shorten(value), ...(limit === undefined ? {} : { limit }) });
    const get = (column: SpreadsheetColumn) => cellText(row, columns.get(column));

    for (const column of ['id', 'answer_value', 'not_applicable', 'not_applicable_reason', 'justification'] as const) {
      const value = get(column);
      if (CONTROL_CHARACTERS.test(value)) fail(column, 'invalid-characters', value.replace(CONTROL_CHARACTERS, '�'));
      else if (markupProblem(value)) fail(column, 'markup-not-allowed', value);
    }
    const id = get('id');
    const indicator = indicators.get(id);
    if (id === '') fail('id', 'missing-id', '');
    else if (!indicator) fail('id', 'unknown-indicator', id);
    else if (seen.has(id)) fail('id', 'duplicate-indicator', id);
    if (id !== '') seen.set(id, rowNumber);

    const answerCell = get('answer_value');
    const answer = indicator && answerCell !== '' ? matchOption(indicator, answerCell) : undefined;
    if (indicator && answerCell !== '' && answer === undefined) fail('answer_value', 'invalid-answer', answerCell);
    const naCell = get('not_applicable');
    const notApplicableCell = naCell === '' ? undefined : parseYesNo(naCell);
    if (naCell !== '' && notApplicableCell === undefined) fail('not_applicable', 'invalid-not-applicable', naCell);
    if (notApplicableCell === true && answerCell !== '') fail('not_applicable', 'answer-and-not-applicable', naCell);
    const reasonCell = get('not_applicable_reason');
    const justificationCell = get('justification');
    if (reasonCell.length > MAX_REASON_LENGTH) fail('not_applicable_reason', 'text-too-long', reasonCell, MAX_REASON_LENGTH);
    if (justificationCell.length > MAX_JUSTIFICATION_LENGTH)
      fail('justification', 'text-too-long', justificationCell, MAX_JUSTIFICATION_LENGTH);

    const current = indicator ? stored.get(indicator.id) : undefined;
    const notApplicable = answer !== undefined ? false : (notApplicableCell ?? current?.notApplicable ?? false);
    const notApplicableReason = reasonCell !== '' ? reasonCell : (current?.notApplicableReason ?? '');
    if (notApplicable && notApplicableReason === '') fail('not_applicable_reason', 'reason-required', '');

    if (rowErrors.length > 0 || !indicator) {
      errors.push(...rowErrors);
      invalidRows += 1;
      return;
    }
    const next = {
      answer: notApplicable ? null : (answer ?? current?.answer ?? null),
      notApplicable,
      notApplicableReason,
      justification: justificationCell !== '' ? justificationCell : (current?.justification ?? ''),
    };
    const same = current
      ? current.answer === next.answer &&
        current.notApplicable === next.notApplicable &&
        current.notApplicableReason === next.notApplicableReason &&
        current.justification === next.justification
      : next.answer === null && !next.notApplicable && next.notApplicableReason === '' && next.justification === '';
    if (same) {
      unchanged += 1;
      return;
    }
    changes.push({ row: rowNumber, indicatorId: indicator.id, baseRevision: current?.revision ?? 0, ...next });
  });
  return { changes, errors, rowsRead, unchanged, invalidRows };
}
