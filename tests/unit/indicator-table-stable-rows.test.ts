import { describe, expect, it } from 'vitest';
import { buildRows, reuseUnchangedRows } from '@/features/indicator-table/table-rows';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const [first, second] = catalogue.indicators;
const build = (answer: string | undefined, locale: 'en' | 'ar' = 'en') =>
  buildRows(
    catalogue,
    [
      response(first!.id, { answer: answer ?? null, status: 'draft', revision: 1 }),
      response(second!.id, { status: 'agreed', revision: 2 }),
    ],
    [],
    [],
    [],
    locale,
  );

describe('rows kept across rebuilds (so memoised table rows skip re-rendering)', () => {
  it('keeps every unchanged row as the same object and takes the changed one', () => {
    const before = build(first!.scale.options[0]!.value);
    const after = reuseUnchangedRows(before, build(first!.scale.options[1]!.value));
    expect(after).not.toBe(before);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.answerIndex).toBe(2);
    expect(after.slice(1).every((row, index) => row === before[index + 1])).toBe(true);
  });

  it('returns the previous array itself when nothing changed', () => {
    const before = build(first!.scale.options[0]!.value);
    expect(reuseUnchangedRows(before, build(first!.scale.options[0]!.value))).toBe(before);
  });

  it('takes new rows when a field every row shows changes (the language), and the first time', () => {
    const english = build(undefined);
    const arabic = reuseUnchangedRows(english, build(undefined, 'ar'));
    expect(arabic.filter((row, index) => row === english[index]).length).toBeLessThan(english.length);
    const fresh = build(undefined);
    expect(reuseUnchangedRows(null, fresh)).toBe(fresh);
  });

  it('takes the new order when rows were added or removed', () => {
    const before = build(undefined);
    const fewer = build(undefined).slice(1);
    const after = reuseUnchangedRows(before, fewer);
    expect(after).toHaveLength(before.length - 1);
    expect(after[0]).toBe(before[1]);
  });
});
