import { describe, expect, it } from 'vitest';
import type { Source } from '@/domain/assessment';
import { bilingual, fieldText } from '@/domain/bilingual-text';
import { confirmWording, mergeFindings, reword, splitFinding } from '@/domain/findings-editing';
import { citationsFor, keySources } from '@/domain/key-sources';
import { answerBasis, applyEditing, deriveFindings, firstSentence, NO_EDITING } from '@/domain/profile-findings';
import { fixtureCatalogue } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const translated = (en: string, ar: string) => ({
  justification: en,
  translations: { justification: { original: 'en' as const, other: ar, checked: true, same: false } },
});

// D1.1 is mixed: A1 developed, A2 partial. D2.1: B1 gap, B2 developed.
const responses = responseMap({
  A1: {
    answer: 'yes',
    ...translated(
      'The Residence Act of 2017 gives migrants access to health care. Article 12 applies.',
      'يكفل قانون الإقامة لعام 2017 للمهاجرين الحصول على الرعاية الصحية. تنطبق المادة 12.',
    ),
  },
  A2: { answer: 'partial', ...translated('Schooling is open to regular migrants only.', 'التعليم متاح للمهاجرين النظاميين فقط.') },
  B1: { answer: 'no', justification: 'لا توجد وكالة للهجرة بعد.' },
  B2: { answer: 'yes' },
});
const basisNow = (ids: readonly string[]) => answerBasis(ids, catalogue, responses);

describe('findings drafted as statements', () => {
  const findings = deriveFindings(catalogue, responses);
  const byId = new Map(findings.map((f) => [f.id, f]));

  it('words each finding from the first sentences of its own indicators’ justifications, in both languages', () => {
    expect(byId.get('well-developed:D1.1')?.text).toMatchObject({
      en: 'The Residence Act of 2017 gives migrants access to health care.',
      ar: 'يكفل قانون الإقامة لعام 2017 للمهاجرين الحصول على الرعاية الصحية.',
      original: 'en',
      checked: true,
    });
    expect(byId.get('well-developed:D1.1')?.heading).toEqual(catalogue.subdomains.find((s) => s.id === 'D1.1')?.title);
  });

  it('never gives a mixed sub-domain the same text under both lists', () => {
    const developed = byId.get('well-developed:D1.1')!;
    const potential = byId.get('potential:D1.1')!;
    expect(potential.text.en).toBe('Schooling is open to regular migrants only.');
    expect(potential.text.en).not.toBe(developed.text.en);
    // Even when the justifications are word for word the same, the two lists differ.
    const same = responseMap({
      A1: { answer: 'yes', justification: 'The Act covers it.' },
      A2: { answer: 'partial', justification: 'The Act covers it.' },
    });
    const [first, second] = deriveFindings(catalogue, same).filter((f) => f.subdomainId === 'D1.1');
    expect(first?.text.en).toBe('The Act covers it.');
    expect(second?.text.en).not.toBe(first?.text.en);
    expect(second?.text.ar).not.toBe(first?.text.ar);
  });

  it('leaves a language empty (to be translated) when a justification lacks it, and keeps the Arabic original', () => {
    const gap = byId.get('potential:D2.1')!;
    expect(gap.text).toMatchObject({ en: '', ar: 'لا توجد وكالة للهجرة بعد.', original: 'ar' });
  });

  it('words a finding with no justification behind it by its list, in both languages', () => {
    const developed = byId.get('well-developed:D2.1')!;
    expect(developed.text.en).toMatch(/well developed/);
    expect(developed.text.ar).not.toBe('');
  });

  it('finds a first sentence in English and Arabic', () => {
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence('هل هذا؟ نعم.')).toBe('هل هذا؟');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});

describe('edited findings when answers change', () => {
  const derived = deriveFindings(catalogue, responses);
  const edited = reword(
    NO_EDITING,
    'well-developed:D1.1',
    bilingual('Health care is open to all migrants.', 'الرعاية الصحية متاحة لجميع المهاجرين.'),
    basisNow(['A1']),
  );

  it('keeps the researcher’s words and does not flag them while the answers stay', () => {
    const finding = applyEditing(derived, edited, basisNow).findings.find((f) => f.id === 'well-developed:D1.1')!;
    expect(finding).toMatchObject({ edited: true, answersChanged: false, text: { en: 'Health care is open to all migrants.' } });
  });

  it('flags, and never rewrites, an edited finding whose answers changed', () => {
    const changed = new Map(responses);
    changed.set('A2', { ...responses.get('A2')!, answer: 'yes' });
    const rederived = deriveFindings(catalogue, changed);
    const now = (ids: readonly string[]) => answerBasis(ids, catalogue, changed);
    const finding = applyEditing(rederived, edited, now).findings.find((f) => f.id === 'well-developed:D1.1')!;
    expect(finding.indicatorIds).toEqual(['A1', 'A2']);
    expect(finding.text.en).toBe('Health care is open to all migrants.');
    expect(finding.answersChanged).toBe(true);
    // The researcher confirms the wording: the flag goes, the words stay.
    const confirmed = applyEditing(rederived, confirmWording(edited, 'well-developed:D1.1', now(finding.indicatorIds)), now).findings.find(
      (f) => f.id === 'well-developed:D1.1',
    )!;
    expect(confirmed).toMatchObject({ answersChanged: false, text: { en: 'Health care is open to all migrants.' } });
  });
});

describe('merging and splitting findings', () => {
  const derived = deriveFindings(
    catalogue,
    responseMap({
      A1: { answer: 'yes', justification: 'First.' },
      A3: { answer: 'yes', justification: 'Third.' },
      B2: { answer: 'yes', justification: 'Agency.' },
    }),
  );
  const order = applyEditing(derived, NO_EDITING).findings.map((f) => f.id);
  const [d11, d21] = [derived.find((f) => f.id === 'well-developed:D1.1')!, derived.find((f) => f.id === 'well-developed:D2.1')!];

  it('merges two findings of one list into one with both texts and all indicators, in the first one’s place', () => {
    const editing = mergeFindings(NO_EDITING, order, d11, d21, 'merged:1', {});
    const applied = applyEditing(derived, editing);
    expect(applied.findings.map((f) => f.id)).toEqual(['merged:1']);
    expect(applied.findings[0]).toMatchObject({ indicatorIds: ['A1', 'A3', 'B2'], text: { en: 'First. Third. Agency.' } });
    expect(applied.hidden.map((f) => f.id)).toEqual(['well-developed:D1.1', 'well-developed:D2.1']);
  });

  it('splits a finding by its indicators into two, each keeping its share', () => {
    const editing = splitFinding(NO_EDITING, order, d11, ['A1'], ['split:a', 'split:b'], (ids) =>
      Object.fromEntries(ids.map((id) => [id, 'developed'])),
    );
    const applied = applyEditing(derived, editing);
    expect(applied.findings.map((f) => [f.id, f.indicatorIds])).toEqual([
      ['split:a', ['A1']],
      ['split:b', ['A3']],
      ['well-developed:D2.1', ['B2']],
    ]);
    expect(splitFinding(NO_EDITING, order, d11, [], ['x', 'y'], () => ({}))).toBe(NO_EDITING);
  });
});

describe('key sources', () => {
  const source = (id: string, indicatorId: string, title: string, section = '', other = ''): Source => ({
    id,
    assessmentId: 'a1',
    indicatorId,
    type: 'law',
    title,
    section,
    date: '2017',
    url: '',
    excerpt: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
    ...(other ? { translations: { title: { original: 'en' as const, other, checked: true, same: false } } } : {}),
  });

  it('lists a law cited under many indicators once, numbered in catalogue order, with each article once', () => {
    const list = keySources(catalogue, [
      source('s3', 'B1', 'Agency Decree'),
      source('s1', 'A1', 'Residence Act', 'Art. 12', 'قانون الإقامة'),
      source('s2', 'A2', 'residence act.', 'Art. 12'),
      source('s4', 'A3', 'قانون الإقامة', 'المادة 3'),
    ]);
    expect(list.map((s) => [s.number, s.title.en, s.indicatorIds])).toEqual([
      [1, 'Residence Act', ['A1', 'A2', 'A3']],
      [2, 'Agency Decree', ['B1']],
    ]);
    expect(list[0]?.sections.map((s) => fieldText(s.en || s.ar, undefined).original)).toEqual(['en', 'ar']);
    expect(citationsFor(['A2', 'B1'], list)).toEqual([1, 2]);
  });
});
