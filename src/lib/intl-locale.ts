/**
 * The Intl locale each app language formats with: British English, and plain Arabic. One map for
 * the run-time formatters (i18n/format.ts) and the build-time country list (country-list.ts), so
 * the create form's names and the list's agree.
 */
export const INTL_LOCALE = { en: 'en-GB', ar: 'ar' } as const;
