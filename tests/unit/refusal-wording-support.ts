import { expect } from 'vitest';
import type { Refusal, REFUSAL_CODES } from '@/domain/refusal';
import type { RECORD_KINDS, SCHEMA_PROBLEM_KINDS, SchemaProblem } from '@/domain/schema-problem-kinds';
import type { Locale } from '@/domain/localized-text';
import type { Namespace } from '@/i18n/keys';
import { translatorIn } from '@/i18n/wording';

/** What tests/unit/refusal-wording.test.ts walks every refusal with: the checks a sentence must pass, and sample values. */

/** Names and codes an Arabic sentence may hold in Latin letters: what the user sees in the file or program. */
export const ALLOWED_LATIN = [
  'MGI Workbench',
  'UTF-8',
  'JSON',
  'HTML',
  'CSV',
  'XLSX',
  'xlsx',
  'xls',
  'Excel',
  'PDF',
  'About',
  'allowed_values',
  '__proto__',
  'constructor',
  'prototype',
  'yes',
  'no',
];

/** Values passed into sentences: ids, file names, versions and codes, never words. */
export const VALUES = {
  id: 'D1.1.1',
  file: 'answers-2026.xlsx',
  key: '__proto__',
  version: '9',
  detail: 'answers-sheet/2',
  expected: 'mgi-national@1.0.0',
  column: 'answer_value',
  choices: 'full, partial',
  unknownKey: 'colour',
};

export const LIBRARY_TEXT = [
  /\{\{|\}\}/,
  /undefined|NaN|\[object /,
  /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/i,
  /DOMException|QuotaExceededError|TypeError|SyntaxError|Unexpected token/,
  /\w\[\d+\]|\bcontent\.bundle\b/,
];

export type Worded = (locale: Locale) => string;

export function expectPlain(surface: string, code: string, word: Worded): void {
  for (const locale of ['en', 'ar'] as const) {
    const sentence = word(locale);
    const where = `${surface} / ${code} / ${locale}: ${sentence}`;
    expect(sentence.trim().length, where).toBeGreaterThan(10);
    for (const pattern of LIBRARY_TEXT) expect(sentence, where).not.toMatch(pattern);
  }
  let arabic = word('ar');
  for (const allowed of [...Object.values(VALUES), ...ALLOWED_LATIN].sort((a, b) => b.length - a.length))
    arabic = arabic.split(allowed).join('');
  expect(arabic, `${surface} / ${code} / ar: ${word('ar')}`).not.toMatch(/[A-Za-z]/);
  // The two languages are different sentences: the Arabic is not the English left untranslated.
  expect(word('ar')).not.toBe(word('en'));
}

/** Walks one surface's codes; `Record<Code, …>` makes the list complete at compile time. */
export function walk<C extends string>(surface: string, words: Record<C, Worded>): void {
  for (const [code, word] of Object.entries<Worded>(words)) expectPlain(surface, code, word);
}

export const say =
  <N extends Namespace>(namespace: N, key: Parameters<ReturnType<typeof translatorIn<N>>>[0], params: Record<string, unknown> = {}) =>
  (locale: Locale) =>
    translatorIn(locale, namespace)(key, params);

export const exchangeDetail: Record<string, Record<string, string | number>> = {
  'too-large': { limitMb: 20 },
  'backup-too-large': { limitMb: 200 },
  'unsafe-key': { key: VALUES.key, path: 'content.__proto__' },
  'future-version': { version: 3, supported: 2 },
  'future-store-schema': { version: 99, supported: 12 },
  'unsupported-version': { version: VALUES.version },
  'unresolved-conflicts': { count: 2 },
  'passphrase-too-short': { count: 8 },
  'too-deep': { max: 64 },
  'invalid-content': { path: 'content', problem: 'missing' },
};

export const refusalOf = (code: (typeof REFUSAL_CODES)[number]): Refusal =>
  code === 'untranslated'
    ? { code, places: [] }
    : code === 'invalid-input'
      ? { code, field: 'title' }
      : code === 'conflict'
        ? { code, fields: ['justification'] }
        : ({ code } as Refusal);

export function problemOf(kind: (typeof SCHEMA_PROBLEM_KINDS)[number], record: (typeof RECORD_KINDS)[number]): SchemaProblem {
  return {
    record: { kind: record, label: VALUES.id },
    field: 'round',
    language: null,
    kind,
    params: {
      length: 50_001,
      max: 50_000,
      min: 1,
      count: 3,
      expected: 'whole-number',
      format: 'date',
      choices: 'full, partial',
      keys: VALUES.unknownKey,
    },
    actual: { type: 'quoted-number', text: '2' },
    technical: 'content.bundle.responses[0].round: Invalid input: expected number, received string',
  };
}
