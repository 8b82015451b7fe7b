import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/domain/localized-text';

/** Issue 16: an Arabic refusal fills the same values as its English one, so no sentence shows a raw {{placeholder}} or drops a value. */
describe('refusal strings in both languages', () => {
  it('each Arabic refusal string has exactly the placeholders of its English one', () => {
    const sections: [string, string][] = [
      ['refusals', ''],
      ['exchange', 'errors.'],
      ['catalogue-import', 'problems.'],
      ['spreadsheets', 'fileErrors.'],
      ['spreadsheets', 'rowErrors.'],
      ['spreadsheets', 'import.refused.'],
      ['report-pdf', 'ui.reasons.'],
      ['report', 'ui.errors.'],
      ['scoring', 'refusals.'],
      ['common', 'errors.'],
      ['common', 'catalogueProblems.'],
      ['validation', 'issues.'],
    ];
    const leaves = (node: unknown, prefix = ''): [string, string][] =>
      typeof node === 'string'
        ? [[prefix, node]]
        : Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
            leaves(child, prefix === '' ? key : `${prefix}.${key}`),
          );
    const read = (locale: Locale, namespace: string) =>
      new Map(leaves(JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/locales', locale, `${namespace}.json`), 'utf8')) as unknown));
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    let checked = 0;
    for (const [namespace, prefix] of sections) {
      const [en, ar] = [read('en', namespace), read('ar', namespace)];
      for (const [key, english] of en) {
        if (!key.startsWith(prefix)) continue;
        const arabic = ar.get(key);
        expect(arabic, `${namespace}:${key} has no Arabic`).toBeTruthy();
        expect(placeholders(arabic ?? ''), `${namespace}:${key}`).toEqual(placeholders(english));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
