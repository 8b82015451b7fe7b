import { describe, expect, it } from 'vitest';
import {
  asBilingual,
  bilingual,
  fieldText,
  fromSingle,
  sameInBoth,
  splitField,
  textForPrint,
  translationState,
  withLanguage,
  withSame,
} from '@/domain/bilingual-text';
import { cleanTextInput, plainFromHtml, removeUnpairedBidi } from '@/domain/text-input';

describe('bilingual texts', () => {
  it('makes a single-language text the original in the language of its script', () => {
    expect(fromSingle('Residence Act')).toMatchObject({ en: 'Residence Act', ar: '', original: 'en', checked: false });
    expect(fromSingle('قانون الإقامة رقم 76 (Law 76)')).toMatchObject({ ar: 'قانون الإقامة رقم 76 (Law 76)', en: '', original: 'ar' });
    expect(fromSingle('2017')).toMatchObject({ original: 'en', en: '2017' });
  });

  it('reads version-1 { en, ar } texts: the filled language is the original; both filled counts as checked', () => {
    expect(asBilingual({ en: '', ar: 'نص' })).toMatchObject({ original: 'ar', checked: false });
    expect(asBilingual({ en: 'Text', ar: 'نص' })).toMatchObject({ original: 'en', checked: true });
    expect(asBilingual('plain')).toMatchObject({ original: 'en', en: 'plain' });
  });

  it('round-trips a record field and its translation', () => {
    const text = bilingual('Article 12', 'المادة 12', 'ar', false);
    const { text: stored, translation } = splitField(text);
    expect(stored).toBe('المادة 12');
    expect(fieldText(stored, translation)).toEqual(text);
  });

  it('states what is missing or unchecked, and nothing for a text the same in both languages', () => {
    expect(translationState(fromSingle('Only English'))).toBe('missing');
    expect(translationState(bilingual('A', 'ب', 'en', false))).toBe('unchecked');
    expect(translationState(bilingual('A', 'ب'))).toBe('complete');
    expect(translationState(sameInBoth('UNHCR'))).toBe('complete');
    expect(translationState(bilingual('', ''))).toBe('empty');
  });

  it('prints the original, marked, where the report’s language is missing', () => {
    expect(textForPrint(fromSingle('نص'), 'en')).toEqual({ text: 'نص', untranslated: true });
    expect(textForPrint(fromSingle('نص'), 'ar')).toEqual({ text: 'نص', untranslated: false });
    expect(textForPrint(sameInBoth('ILO C143'), 'ar')).toEqual({ text: 'ILO C143', untranslated: false });
  });

  it('makes the first language typed the original and asks for a new check after any change', () => {
    const typed = withLanguage(bilingual('', ''), 'ar', 'نص');
    expect(typed.original).toBe('ar');
    const translated = { ...withLanguage(typed, 'en', 'Text'), checked: true };
    expect(withLanguage(translated, 'ar', 'نص آخر')).toMatchObject({ original: 'ar', checked: false });
    expect(withSame(fromSingle('UNHCR'), true)).toMatchObject({ en: 'UNHCR', ar: 'UNHCR', same: true });
    expect(withSame(sameInBoth('UNHCR'), false)).toMatchObject({ en: 'UNHCR', ar: '', same: false });
  });
});

describe('cleaning typed and pasted text', () => {
  it('refuses a text over the limit and changes nothing', () => {
    expect(cleanTextInput('x'.repeat(11), 'en', { maxLength: 10 })).toEqual({ value: null, notices: ['too-long'] });
  });

  it('warns, but keeps, text in the other script than its field', () => {
    expect(cleanTextInput('نص عربي', 'en')).toEqual({ value: 'نص عربي', notices: ['other-script'] });
    expect(cleanTextInput('نص عربي', 'ar')).toEqual({ value: 'نص عربي', notices: [] });
  });

  it('removes unpaired bidi controls and keeps well-formed pairs', () => {
    expect(removeUnpairedBidi('a\u202Bb')).toBe('ab');
    expect(removeUnpairedBidi('a\u2067b\u2069c')).toBe('a\u2067b\u2069c');
    expect(removeUnpairedBidi('a\u2069b\u202C')).toBe('ab');
    expect(removeUnpairedBidi('\u202Bline\nnext\u202C')).toBe('line\nnext');
    expect(cleanTextInput('Law\u202E 5', 'en')).toEqual({ value: 'Law 5', notices: ['bidi-removed'] });
  });

  it('keeps pasted rich text as plain text', () => {
    expect(plainFromHtml('<p><b>Law</b> &amp; order</p><ul><li>one</li><li>two</li></ul><script>x()</script>')).toBe(
      'Law & order\none\ntwo',
    );
    expect(cleanTextInput('Law', 'en', { pastedRichText: true }).notices).toEqual(['rich-text-plain']);
  });
});
