import type { Locale, LocalizedText } from './localized-text';

/**
 * A text the working group writes that reaches the profile or a report, in English and Arabic.
 * One language is the original (what the author wrote); the other is a translation that someone
 * who reads both has checked, or not yet. A text may be "the same in both languages" (a law's
 * official title, a URL-like name): then the original serves both and nothing is missing.
 *
 * It is a LocalizedText too, so everything that reads `{ en, ar }` keeps working.
 */
export type BilingualText = {
  readonly en: string;
  readonly ar: string;
  readonly original: Locale;
  readonly checked: boolean;
  readonly same: boolean;
};

/**
 * How record fields that were single strings in schema version 1 (a justification, a source title)
 * carry their other language: the string field keeps the original-language text, so every reader
 * of the record (merge, spreadsheets, history) still sees what the author wrote; this sits beside it.
 */
export type TextTranslation = {
  readonly original: Locale;
  /** The text in the other language; '' when not yet translated. */
  readonly other: string;
  readonly checked: boolean;
  readonly same: boolean;
};

export const EMPTY_BILINGUAL: BilingualText = { en: '', ar: '', original: 'en', checked: false, same: false };

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ar' : 'en';
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/** Which language a text is written in, by script: Arabic letters outnumbering Latin ones. Null when it has no letters. */
export function scriptLanguage(text: string): Locale | null {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0 && latin === 0) return null;
  return arabic > latin ? 'ar' : 'en';
}

/** A single-language text (schema version 1) as the original in the language it is written in. */
export function fromSingle(text: string): BilingualText {
  const original = scriptLanguage(text) ?? 'en';
  return { ...EMPTY_BILINGUAL, original, [original]: text };
}

/** The bilingual view of a version-1 string field and its (optional) translation. */
export function fieldText(text: string, translation: TextTranslation | undefined): BilingualText {
  if (!translation) return fromSingle(text);
  const { original, other, checked, same } = translation;
  return { en: '', ar: '', [original]: text, [otherLocale(original)]: other, original, checked, same } as BilingualText;
}

/** The inverse of fieldText: the string to keep in the record field and its translation. */
export function splitField(text: BilingualText): { readonly text: string; readonly translation: TextTranslation } {
  return {
    text: text[text.original],
    translation: { original: text.original, other: text[otherLocale(text.original)], checked: text.checked, same: text.same },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Any stored shape as a BilingualText: a version-1 string, a version-1 `{ en, ar }` (the original
 * is the language filled in, English when both are; texts entered in both were deliberate, so the
 * other counts as checked), or a version-2 text. Read-time default for old files and rows.
 */
export function asBilingual(value: unknown): BilingualText {
  if (typeof value === 'string') return fromSingle(value);
  if (!isRecord(value)) return EMPTY_BILINGUAL;
  const en = typeof value.en === 'string' ? value.en : '';
  const ar = typeof value.ar === 'string' ? value.ar : '';
  if (value.original === 'en' || value.original === 'ar') {
    return { en, ar, original: value.original, checked: value.checked === true, same: value.same === true };
  }
  const original: Locale = en.trim() === '' && ar.trim() !== '' ? 'ar' : 'en';
  return { en, ar, original, checked: en.trim() !== '' && ar.trim() !== '', same: false };
}

export function bilingual(en: string, ar: string, original: Locale = 'en', checked = true): BilingualText {
  return { en, ar, original, checked, same: false };
}

/** A text that reads the same in both languages, e.g. a law's official title. */
export function sameInBoth(text: string, original: Locale = scriptLanguage(text) ?? 'en'): BilingualText {
  return { en: text, ar: text, original, checked: true, same: true };
}

export function isBlank(text: LocalizedText): boolean {
  return text.en.trim() === '' && text.ar.trim() === '';
}

export type TranslationState = 'empty' | 'complete' | 'unchecked' | 'missing';

/**
 * Whether a text is ready to print in both languages: 'missing' when the other language is empty,
 * 'unchecked' when it is there but nobody checked it, 'complete' when checked or the same in both.
 */
export function translationState(text: BilingualText): TranslationState {
  const original = text[text.original].trim();
  const other = text[otherLocale(text.original)].trim();
  if (original === '' && other === '') return 'empty';
  if (text.same) return 'complete';
  if (original === '' || other === '') return 'missing';
  return text.checked ? 'complete' : 'unchecked';
}

/** What a one-language report prints: its own text, or the original marked as not translated. */
export function textForPrint(text: LocalizedText, locale: Locale): { readonly text: string; readonly untranslated: boolean } {
  const bilingualText = asBilingual(text);
  if (bilingualText.same) return { text: bilingualText[bilingualText.original], untranslated: false };
  const own = text[locale];
  if (own.trim() !== '') return { text: own, untranslated: false };
  const other = text[otherLocale(locale)];
  return { text: other, untranslated: other.trim() !== '' };
}

/** Writes one language of a text. The first language typed into an empty text becomes its original. */
export function withLanguage(text: BilingualText, locale: Locale, value: string): BilingualText {
  const wasEmpty = isBlank(text);
  const original = wasEmpty && value.trim() !== '' ? locale : text.original;
  // Changing the original makes the translation stale; changing the translation needs a new check.
  return { ...text, [locale]: value, original, checked: false, ...(text.same ? { [otherLocale(locale)]: value } : {}) };
}

export function withChecked(text: BilingualText, checked: boolean): BilingualText {
  return { ...text, checked };
}

/** "Same in both languages": both sides hold the original; turning it off leaves the other side to translate. */
export function withSame(text: BilingualText, same: boolean): BilingualText {
  const source = text[text.original];
  if (same) return { ...text, same: true, checked: true, en: source, ar: source };
  return { ...text, same: false, checked: false, [otherLocale(text.original)]: '' };
}

export function withOriginal(text: BilingualText, original: Locale): BilingualText {
  return { ...text, original };
}

/** The translation record of a version-1 single-language field: its script decides the original; nothing translated yet. */
export function untranslated(text: string): TextTranslation {
  return { original: scriptLanguage(text) ?? 'en', other: '', checked: false, same: false };
}
