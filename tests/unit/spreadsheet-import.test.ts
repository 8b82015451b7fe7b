import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Source } from '@/domain/assessment';
import {
  answerSheetRows,
  neutraliseFormula,
  neutraliseRows,
  restoreNeutralised,
  SPREADSHEET_COLUMNS,
} from '@/interchange/spreadsheet-columns';
import { parseCsvText, toCsv } from '@/interchange/spreadsheet-file';
import { planSpreadsheetImport } from '@/interchange/spreadsheet-import';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const col = (name: (typeof SPREADSHEET_COLUMNS)[number]) => SPREADSHEET_COLUMNS.indexOf(name);

/** The template with some answer cells filled, as a user would in a spreadsheet program. */
function filledTemplate(fill: Record<string, Partial<Record<(typeof SPREADSHEET_COLUMNS)[number], string>>>): string[][] {
  const rows = answerSheetRows(catalogue, [], [], { template: true });
  return rows.map((row, index) => {
    if (index === 0) return row;
    const changes = fill[row[0]!] ?? {};
    const copy = [...row];
    for (const [key, value] of Object.entries(changes)) copy[col(key as (typeof SPREADSHEET_COLUMNS)[number])] = value;
    return copy;
  });
}

describe('answers sheet export', () => {
  it('has one row per indicator with both languages, the allowed values and the sources as text', () => {
    const stored = [response('A1', { answer: 'partial', justification: 'Law 12/2020 art. 3', status: 'draft' })];
    const sources: Source[] = [
      {
        id: 's',
        assessmentId: 'a1',
        indicatorId: 'A1',
        type: 'law',
        title: 'Law 12/2020',
        section: 'art. 3',
        date: '2020',
        url: '',
        excerpt: '',
        createdAt: '2026-01-01T00:00:00.000Z',
        createdBy: null,
      },
    ];
    const rows = answerSheetRows(catalogue, stored, sources, { template: false });
    expect(rows).toHaveLength(catalogue.indicators.length + 1);
    const a1 = rows[1]!;
    expect([a1[col('id')], a1[col('answer_value')], a1[col('answer_label_en')], a1[col('answer_label_ar')], a1[col('sources')]]).toEqual([
      'A1',
      'partial',
      'Partly',
      'جزئيًا',
      'Law 12/2020, art. 3, 2020',
    ]);
    expect(a1[col('allowed_values')]).toBe('yes = Yes / نعم | partial = Partly / جزئيًا | no = No / لا');
    const template = answerSheetRows(catalogue, stored, sources, { template: true });
    expect(template[1]![col('answer_value')]).toBe('');
    expect(template[1]![col('justification')]).toBe('');
  });

  it('neutralises formulas in every cell but the header', () => {
    const rows = neutraliseRows([['id'], ['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\t=1'], ['plain']]);
    expect(rows.map((r) => r[0])).toEqual(['id', `'=HYPERLINK("http://x")`, "'+1", "'-2", "'@SUM(A1)", "'\t=1", 'plain']);
  });
});

describe('planning an import', () => {
  it('reads values or labels in either language and plans only real changes', () => {
    const stored = [response('A2', { answer: 'yes', revision: 4 })];
    const rows = filledTemplate({
      A1: { answer_value: 'Partly', justification: 'Decree 7' },
      A2: { answer_value: 'yes' },
      B1: { answer_value: 'لا' },
      B2: { not_applicable: 'نعم', not_applicable_reason: 'No coast' },
    });
    const plan = planSpreadsheetImport(rows, catalogue, stored);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((c) => [c.indicatorId, c.answer, c.notApplicable, c.justification])).toEqual([
      ['A1', 'partial', false, 'Decree 7'],
      ['B1', 'no', false, ''],
      ['B2', null, true, ''],
    ]);
    expect(plan.unchanged).toBe(3);
    expect(plan.changes[2]?.notApplicableReason).toBe('No coast');
    expect(plan.changes[0]?.baseRevision).toBe(0);
  });

  it('gives row, column and problem for every bad cell', () => {
    const rows = filledTemplate({
      A1: { answer_value: 'maybe' },
      A2: { not_applicable: 'perhaps' },
      A3: { answer_value: 'yes', not_applicable: 'yes', not_applicable_reason: 'x' },
      B1: { not_applicable: 'yes' },
      B2: { justification: '<script>alert(1)</script>' },
    });
    rows.push(['ZZ9'], ['A1', ...Array(15).fill('')]);
    const plan = planSpreadsheetImport(rows, catalogue, []);
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'answer_value', 'invalid-answer'],
      [3, 'not_applicable', 'invalid-not-applicable'],
      [4, 'not_applicable', 'answer-and-not-applicable'],
      [5, 'not_applicable_reason', 'reason-required'],
      [6, 'justification', 'markup-not-allowed'],
      [8, 'id', 'unknown-indicator'],
      [9, 'id', 'duplicate-indicator'],
    ]);
    expect(plan.invalidRows).toBe(7);
  });

  it('refuses a sheet without the required columns, and prototype keys are just unknown ids', () => {
    expect(planSpreadsheetImport([['id', 'answer']], catalogue, []).errors.map((e) => e.column)).toEqual([
      'answer_value',
      'not_applicable',
      'not_applicable_reason',
      'justification',
    ]);
    const rows = filledTemplate({});
    rows.push(['__proto__', 'x'], ['constructor']);
    expect(planSpreadsheetImport(rows, catalogue, []).errors.map((e) => e.code)).toEqual(['unknown-indicator', 'unknown-indicator']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports text that looks like a formula as that text, exactly', () => {
    const exported = neutraliseRows(filledTemplate({ A1: { answer_value: 'yes', justification: '=1+1 is how the law counts' } }));
    const plan = planSpreadsheetImport(exported, catalogue, []);
    expect(plan.changes[0]?.justification).toBe('=1+1 is how the law counts');
  });
});

const tricky = fc.constantFrom("'=x", "''+1", "'", "'plain", '=', '-', '@', 'constructor', "'valueOf", '__proto__');
const cellText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), tricky);

describe('import parsers under arbitrary input (property-based)', () => {
  it('neutralising then restoring gives back the original text', () => {
    fc.assert(fc.property(cellText, (text) => restoreNeutralised(neutraliseFormula(text)) === text));
  });

  it('a neutralised cell never starts a formula', () => {
    fc.assert(fc.property(cellText, (text) => !/^[=+\-@\t\r]/.test(neutraliseFormula(text))));
  });

  it('CSV written by the export parses back to the same cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const parsed = parseCsvText(toCsv(rows));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.rows.slice(0, rows.length)).toEqual(rows);
      }),
    );
  });

  it('never throws on arbitrary text and never plans a change for an unknown indicator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const read = parseCsvText(text);
        if (!read.ok) {
          expect(read.error.code).toMatch(/empty-file|invalid-csv/);
          return;
        }
        const plan = planSpreadsheetImport(read.rows, catalogue, []);
        const known = new Set(catalogue.indicators.map((i) => i.id));
        expect(plan.changes.every((c) => known.has(c.indicatorId))).toBe(true);
        expect(plan.changes.length + plan.unchanged + plan.invalidRows).toBe(plan.errors.some((e) => e.row <= 1) ? 0 : plan.rowsRead);
      }),
    );
  });

  it('any random filling of the template yields either a change or a located error per filled row', () => {
    const ids = catalogue.indicators.map((i) => i.id);
    const cell = fc.oneof(
      fc.constantFrom('', 'yes', 'no', 'partial', 'Partly', 'نعم', 'n/a', '=cmd|"/c calc"!A1', '<img src=x>'),
      cellText,
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...ids),
          fc.record({ answer_value: cell, not_applicable: cell, not_applicable_reason: cell, justification: cell }),
        ),
        (fill) => {
          const plan = planSpreadsheetImport(filledTemplate(fill), catalogue, []);
          const errorRows = new Set(plan.errors.map((e) => e.row));
          expect(plan.errors.every((e) => e.row >= 2 && e.column !== null)).toBe(true);
          expect(plan.changes.every((c) => !errorRows.has(c.row))).toBe(true);
          expect(plan.changes.length + plan.unchanged + errorRows.size).toBe(ids.length);
        },
      ),
    );
  });
});
