/** The two languages the product ships in. Text users read is always stored in both. */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export type LocalizedText = Readonly<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Picks the text for a locale, falling back to the other language rather than showing nothing. */
export function localize(text: LocalizedText, locale: Locale): string {
  const primary = text[locale];
  if (primary.trim() !== '') return primary;
  return locale === 'ar' ? text.en : text.ar;
}
