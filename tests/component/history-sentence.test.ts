import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/domain/assessment';
import { EDITABLE_RESPONSE_FIELDS } from '@/domain/response-edit';
import type { Locale } from '@/domain/localized-text';
import { loadNamespaces, translatorFor } from '@/i18n/i18n';
import type { SentenceContext } from '@/i18n/history-sentence';
import { historySentence } from '@/i18n/history-sentence';

beforeAll(async () => {
  await loadNamespaces('en', ['people']);
  await loadNamespaces('ar', ['people']);
});

function context(locale: Locale): SentenceContext {
  return {
    // Screens pass useT('people'); outside React the namespace goes in front of the key.
    t: ((key: string, options?: Record<string, unknown>) =>
      translatorFor(locale)(`people:${key}` as never, options as never)) as SentenceContext['t'],
    who: 'Amal',
    value: (_field, value) => (typeof value === 'string' ? value : JSON.stringify(value)),
    domainName: (id) => id,
    memberName: (id) => id,
  };
}

function entry(field: string, before: unknown, after: unknown): HistoryEntry {
  return {
    id: 'h1',
    assessmentId: 'a1',
    indicatorId: 'D1.1.1',
    entity: 'response',
    entityId: 'a1:D1.1.1',
    field,
    before,
    after,
    reason: '',
    memberId: 'm1',
    at: '2026-01-01T00:00:00.000Z',
  };
}

describe('history sentences', () => {
  for (const locale of ['en', 'ar'] as const) {
    it(`names every editable response field in words, never as a generic detail (${locale})`, () => {
      const generic = historySentence(entry('someFieldFromTheFuture', 'a', 'b'), context(locale));
      for (const field of EDITABLE_RESPONSE_FIELDS) {
        const sentence = historySentence(entry(field, 'before text', 'after text'), context(locale));
        expect([field, sentence === generic]).toEqual([field, false]);
        expect(sentence).toContain('D1.1.1');
        // No raw key and no identifier (notApplicableReason, assigneeId) reaches the reader.
        expect(sentence).not.toMatch(/history\.|[a-z][A-Z]/);
      }
    });
  }

  it('tells a translation apart from a change of the text, without printing the texts as data', () => {
    const translation = { justification: { original: 'en', other: 'قانون الإقامة', checked: false, same: false } };
    const sentence = historySentence(entry('translations', null, translation), context('en'));
    expect(sentence).toBe('Amal updated the translation of the texts of D1.1.1.');
  });
});
