import { describe, expect, it } from 'vitest';
import { mergeBaseOf } from '@/domain/merge-base';
import { fieldConflictKey, mergeAssessment } from '@/domain/merge-three-way';
import { mergeRecords } from '@/domain/merge-records';
import type { TextTranslation } from '@/domain/bilingual-text';
import { answered, bundle, LATER, source, withResponse } from './exchange-fixtures';

/** Member packages carry both languages of every text: a merge keeps the original, the translation and its check. */

const options = { at: LATER, memberId: 'coordinator' };
const ARABIC = 'ينظم قانون الإقامة دخول الأجانب.';
const untranslated: TextTranslation = { original: 'ar', other: '', checked: false, same: false };
const translated: TextTranslation = {
  original: 'ar',
  other: 'The Residence Law governs the entry of foreigners.',
  checked: true,
  same: false,
};

describe('merging bilingual texts from a member package', () => {
  const common = bundle({
    responses: [answered('A1', { justification: ARABIC, translations: { justification: untranslated } })],
    sources: [source('s1', { title: 'قانون الإقامة', translations: { title: untranslated } })],
  });
  const base = mergeBaseOf(common);

  it('takes the translation a member added, with its original language and its check, and keeps my change to another field', () => {
    const mine = withResponse(
      common,
      answered('A1', { justification: ARABIC, translations: { justification: untranslated }, confidence: 'high', revision: 2 }),
    );
    const theirs = withResponse(
      common,
      answered('A1', { justification: ARABIC, translations: { justification: translated }, revision: 2 }),
    );
    const result = mergeAssessment(mine, theirs, base, options);
    expect(result.conflicts).toEqual([]);
    expect(result.delta.responses[0]).toMatchObject({
      justification: ARABIC,
      confidence: 'high',
      translations: { justification: translated },
    });
    expect(result.fieldChanges).toEqual([
      { indicatorId: 'A1', field: 'translations', before: { justification: untranslated }, after: { justification: translated } },
    ]);
  });

  it('asks when both translated the same text differently, and applies the choice whole', () => {
    const mine = withResponse(
      common,
      answered('A1', {
        justification: ARABIC,
        translations: { justification: { ...translated, other: 'Mine', checked: false } },
        revision: 2,
      }),
    );
    const theirs = withResponse(
      common,
      answered('A1', { justification: ARABIC, translations: { justification: translated }, revision: 2 }),
    );
    const open = mergeAssessment(mine, theirs, base, options);
    expect(open.unresolved.map((conflict) => conflict.key)).toEqual([fieldConflictKey('A1', 'translations')]);
    const resolved = mergeAssessment(mine, theirs, base, {
      ...options,
      resolutions: { [fieldConflictKey('A1', 'translations')]: { choice: 'theirs' } },
    });
    expect(resolved.delta.responses[0]?.translations).toEqual({ justification: translated });
  });

  it('keeps a source title translated by a member, both languages and the check', () => {
    const theirs = [source('s1', { title: 'قانون الإقامة', translations: { title: { ...translated, other: 'Residence Law' } } })];
    const outcome = mergeRecords('source', common.sources, theirs, base, {});
    expect(outcome.put).toHaveLength(1);
    expect(outcome.put[0]).toMatchObject({
      title: 'قانون الإقامة',
      translations: { title: { original: 'ar', other: 'Residence Law', checked: true } },
    });
  });
});
