import type { Response, Source } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { catalogueKey } from '@/domain/catalogue';
import { answerSheetRows, neutraliseRows, sheetMetaRows, SPREADSHEET_COLUMNS } from './spreadsheet-columns';
import { toCsv } from './spreadsheet-file';

/**
 * Builds the files a user downloads: the answers (CSV or XLSX) and the offline scoring template.
 * Every cell but the header goes through formula neutralisation. The XLSX library is imported
 * only here, on demand.
 */

export type SpreadsheetFormat = 'csv' | 'xlsx';

export type SpreadsheetExportInput = {
  readonly catalogue: Catalogue;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly template: boolean;
  /** A file-name-safe stem such as `jordan-round-1-2026`. */
  readonly fileStem: string;
  /** Label/value rows for the XLSX "About" sheet, already translated (what the file is, how to fill it). */
  readonly about: readonly (readonly [string, string])[];
  readonly rightToLeft: boolean;
};

const COLUMN_WIDTHS: Record<(typeof SPREADSHEET_COLUMNS)[number], number> = {
  id: 10,
  domain_en: 24,
  domain_ar: 24,
  subdomain_en: 24,
  subdomain_ar: 24,
  question_en: 50,
  question_ar: 50,
  answer_value: 14,
  answer_label_en: 18,
  answer_label_ar: 18,
  allowed_values: 40,
  not_applicable: 14,
  not_applicable_reason: 30,
  justification: 60,
  status: 12,
  sources: 40,
};

export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return stem.slice(0, 80) || 'assessment';
}

export async function exportAnswers(format: SpreadsheetFormat, input: SpreadsheetExportInput): Promise<{ blob: Blob; fileName: string }> {
  const rows = neutraliseRows(answerSheetRows(input.catalogue, input.responses, input.sources, { template: input.template }));
  const name = `${input.fileStem}-${input.template ? 'scoring-template' : 'answers'}`;
  if (format === 'csv') {
    return { blob: new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName: `${name}.csv` };
  }
  const { writeXlsx, ANSWERS_SHEET, ABOUT_SHEET } = await import('./spreadsheet-xlsx');
  const key = catalogueKey(input.catalogue.frameworkId, input.catalogue.version);
  const about = neutraliseRows([...sheetMetaRows(key), ['', ''], ...input.about.map(([label, value]) => [label, value])]);
  const blob = await writeXlsx(
    [
      { name: ANSWERS_SHEET, rows, columnWidths: SPREADSHEET_COLUMNS.map((column) => COLUMN_WIDTHS[column]) },
      { name: ABOUT_SHEET, rows: about, columnWidths: [28, 90] },
    ],
    input.rightToLeft,
  );
  return { blob, fileName: `${name}.xlsx` };
}
