import { INTL_LOCALE } from './intl-locale';
import { ISO_3166_CODES } from './iso-3166';

/**
 * The create form's country choice: every ISO 3166 code with its name in one language, in that
 * language's alphabetical order. Computed at build time (vite.config.ts, module
 * `virtual:country-list`), not in the browser: on a cold start the browser's first
 * Intl.DisplayNames and Intl.Collator load ICU data, which with the sort took 150–250 ms of the
 * start screen on this project's test machine (docs/PERFORMANCE.md). Names of existing
 * assessments still come from Intl.DisplayNames at run time (i18n/format.ts).
 */

export type CountryOption = readonly [code: string, name: string];
export type CountryLists = { readonly en: readonly CountryOption[]; readonly ar: readonly CountryOption[] };

export function sortedCountryOptions(locale: keyof typeof INTL_LOCALE): CountryOption[] {
  const names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return ISO_3166_CODES.map((code): CountryOption => [code, names.of(code) ?? code]).sort((a, b) => collator.compare(a[1], b[1]));
}

export function countryListsModule(): string {
  const lists: CountryLists = { en: sortedCountryOptions('en'), ar: sortedCountryOptions('ar') };
  return `export default ${JSON.stringify(lists)};\n`;
}
