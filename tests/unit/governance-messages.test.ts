import { describe, expect, it } from 'vitest';
import { allResources } from '@/i18n/all-resources';

/** Every code the rules and parsers can return has a sentence in both languages. */
const CODES: Record<string, readonly string[]> = {
  'validation:issues': [
    'required',
    'invalid-date',
    'future-date',
    'too-long',
    'too-many',
    'no-participants',
    'reservations-required',
    'unknown-domain',
    'locked',
    'not-locked',
    'meeting-missing',
    'domains-undecided',
    'domains-not-validated',
    'reason-required',
  ],
  'spreadsheets:fileErrors': [
    'too-large',
    'empty-file',
    'unsupported-type',
    'legacy-excel',
    'not-utf8',
    'invalid-csv',
    'unreadable',
    'expands-too-large',
    'future-format',
    'unknown-format',
    'other-catalogue',
  ],
  'spreadsheets:rowErrors': [
    'empty-file',
    'missing-column',
    'duplicate-column',
    'too-many-rows',
    'missing-id',
    'unknown-indicator',
    'duplicate-indicator',
    'invalid-answer',
    'invalid-not-applicable',
    'answer-and-not-applicable',
    'reason-required',
    'text-too-long',
    'invalid-characters',
    'markup-not-allowed',
  ],
  'spreadsheets:import.refused': ['locked', 'reason-required', 'missing-assessment'],
  'catalogue-import:problems': [
    'invalid-json',
    'unsupported-schema-version',
    'invalid-content',
    'duplicate-version',
    'file-name-mismatch',
    'too-large',
    'missing-file',
    'empty-file',
    'not-utf8',
    'forbidden-key',
    'markup-not-allowed',
    'already-installed',
    'too-deep',
  ],
};

function lookup(tree: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    tree,
  );
}

describe('messages for every error code', () => {
  it.each(['en', 'ar'])('has a non-empty %s sentence for each code', (language) => {
    const resources = allResources()[language]!;
    const missing: string[] = [];
    for (const [prefix, codes] of Object.entries(CODES)) {
      const [namespace, path] = prefix.split(':') as [string, string];
      for (const code of codes) {
        const text = lookup(resources[namespace], [...path.split('.'), code]);
        if (typeof text !== 'string' || text.trim() === '') missing.push(`${prefix}.${code}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
