import type { Response, Source } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';

/**
 * The answers sheet shared by the CSV and XLSX exports and the offline scoring template. Column
 * keys are stable, English and lower-case, so a file filled in any language imports back; the
 * indicator id is the key of each row. Only the editable columns are read on import.
 */

export const SPREADSHEET_COLUMNS = [
  'id',
  'domain_en',
  'domain_ar',
  'subdomain_en',
  'subdomain_ar',
  'question_en',
  'question_ar',
  'answer_value',
  'answer_label_en',
  'answer_label_ar',
  'allowed_values',
  'not_applicable',
  'not_applicable_reason',
  'justification',
  'status',
  'sources',
] as const;
export type SpreadsheetColumn = (typeof SPREADSHEET_COLUMNS)[number];

/** What an import reads; every other column is there for people and is ignored. */
export const EDITABLE_COLUMNS = ['answer_value', 'not_applicable', 'not_applicable_reason', 'justification'] as const;
export type EditableColumn = (typeof EDITABLE_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly SpreadsheetColumn[] = ['id', ...EDITABLE_COLUMNS];

/**
 * The XLSX "About" sheet starts with machine-readable rows, so an import can tell a sheet made by a
 * newer app, or for another catalogue version, before reading a single answer. CSV has no room for
 * them: its first row must stay the header that spreadsheet users see.
 */
export const SHEET_FORMAT = 'answers-sheet/1';
export const SHEET_META_KEYS = ['mgi-workbench', 'catalogue'] as const;

export function sheetMetaRows(catalogueKey: string): [string, string][] {
  return [
    ['mgi-workbench', SHEET_FORMAT],
    ['catalogue', catalogueKey],
  ];
}

export type SheetMetaProblem = { readonly code: 'future-format' | 'unknown-format' | 'other-catalogue'; readonly detail: string };

/** A sheet without the rows (CSV, or made by hand) is accepted: its ids are checked row by row. */
export function sheetMetaProblem(meta: Readonly<Record<string, string>>, catalogueKey: string): SheetMetaProblem | null {
  const format = meta['mgi-workbench'];
  if (format !== undefined && format !== SHEET_FORMAT) {
    const version = /^answers-sheet\/(\d+)$/.exec(format)?.[1];
    return { code: version && Number(version) > 1 ? 'future-format' : 'unknown-format', detail: format.slice(0, 40) };
  }
  const catalogue = meta.catalogue;
  if (catalogue !== undefined && catalogue !== catalogueKey) return { code: 'other-catalogue', detail: catalogue.slice(0, 80) };
  return null;
}

export const YES_WORDS = ['yes', 'y', 'true', '1', 'نعم'] as const;
export const NO_WORDS = ['no', 'n', 'false', '0', 'لا'] as const;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return that
 * hides one) as a formula. Exports prefix such cells with an apostrophe so they stay text.
 */
/** Apostrophes already in front count too, so that "'=x" survives a round trip as itself. */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula on import, so an exported file imports back to the same text. */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && NEEDS_GUARD.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function allowedValuesText(indicator: Indicator): string {
  return indicator.scale.options.map((o) => `${o.value} = ${o.label.en} / ${o.label.ar}`).join(' | ');
}

function sourcesText(sources: readonly Source[]): string {
  return sources.map((s) => [s.title, s.section, s.date, s.url].filter((part) => part.trim() !== '').join(', ')).join('\n');
}

export type AnswerSheetOptions = { readonly template: boolean };

/**
 * Header row plus one row per indicator, in catalogue order. The template keeps the ids, texts
 * and allowed values but leaves every answer column empty, to be filled offline.
 */
export function answerSheetRows(
  catalogue: Catalogue,
  responses: readonly Response[],
  sources: readonly Source[],
  { template }: AnswerSheetOptions,
): string[][] {
  const responseOf = new Map(responses.map((r) => [r.indicatorId, r]));
  const sourcesOf = new Map<string, Source[]>();
  for (const source of sources) {
    const list = sourcesOf.get(source.indicatorId) ?? [];
    list.push(source);
    sourcesOf.set(source.indicatorId, list);
  }
  const domainOf = new Map(catalogue.domains.map((d) => [d.id, d]));
  const subdomainOf = new Map(catalogue.subdomains.map((s) => [s.id, s]));
  const rows: string[][] = [[...SPREADSHEET_COLUMNS]];
  for (const indicator of catalogue.indicators) {
    const domain = domainOf.get(indicator.domainId);
    const subdomain = subdomainOf.get(indicator.subdomainId);
    const response = template ? undefined : responseOf.get(indicator.id);
    const option = findOption(indicator, response?.answer);
    const cells: Record<SpreadsheetColumn, string> = {
      id: indicator.id,
      domain_en: domain?.title.en ?? '',
      domain_ar: domain?.title.ar ?? '',
      subdomain_en: subdomain?.title.en ?? '',
      subdomain_ar: subdomain?.title.ar ?? '',
      question_en: indicator.question.en,
      question_ar: indicator.question.ar,
      answer_value: option?.value ?? '',
      answer_label_en: option?.label.en ?? '',
      answer_label_ar: option?.label.ar ?? '',
      allowed_values: allowedValuesText(indicator),
      not_applicable: response ? (response.notApplicable ? 'yes' : 'no') : '',
      not_applicable_reason: response?.notApplicableReason ?? '',
      justification: response?.justification ?? '',
      status: response?.status ?? '',
      sources: template ? '' : sourcesText(sourcesOf.get(indicator.id) ?? []),
    };
    rows.push(SPREADSHEET_COLUMNS.map((column) => cells[column]));
  }
  return rows;
}

/** Every cell but the header row, made safe to open in a spreadsheet program. */
export function neutraliseRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row, index) => (index === 0 ? [...row] : row.map(neutraliseFormula)));
}
