import type { Locale } from '@/domain/localized-text';
import { INTL_LOCALE } from '@/lib/intl-locale';

/** Numbers, dates and names through Intl, so Arabic gets its own digits and formats. */

const intlLocale: Record<Locale, string> = INTL_LOCALE;

// Building an Intl formatter costs ~0.1 ms, using one ~1 µs: a list of 50 assessments built two
// per row on every render (docs/PERFORMANCE.md). Formatters are cached per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, locale: Locale, options: object | undefined, create: () => F): F {
  const key = `${locale}|${options === undefined ? '' : JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(intlLocale[locale], options)).format(value);
}

/**
 * Builds the locale's plain number format ahead of need. A page's first Intl number format loads
 * the browser's ICU data: 50–160 ms on the test machine, whichever screen asks first (the profile's
 * figures, the list's counts). main.tsx calls this while a bookmarked screen's code downloads, or,
 * on the start screen (whose first render formats no number), once the main thread is idle after
 * that render; later formatters build in microseconds.
 */
export function warmUpIntl(locale: Locale): void {
  formatNumber(0, locale);
}

export function formatPercent(fraction: number, locale: Locale): string {
  return formatNumber(fraction, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/**
 * A percentage that is known only as a range (e.g. the SDG 10.7.2 reading with "Partially" counted
 * both ways): "60–80%", or one figure when both ends round alike. `low` and `high` are 0..100.
 */
export function formatPercentRange(low: number, high: number, locale: Locale): string {
  const [a, b] = [formatPercent(low / 100, locale), formatPercent(high / 100, locale)];
  if (a === b) return a;
  const bare = (value: number) => formatNumber(Math.round(value), locale, { maximumFractionDigits: 0 });
  return `${bare(low)}–${b}`;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(dateFormats, locale, DATE, () => new Intl.DateTimeFormat(intlLocale[locale], DATE)).format(date);
}

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeZone: 'UTC' };

/** A calendar date (YYYY-MM-DD, no time zone) with the month and weekday in words: no reading of day and month can be mixed up. */
export function formatLongDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return cached(dateFormats, locale, LONG_DATE, () => new Intl.DateTimeFormat(intlLocale[locale], LONG_DATE)).format(date);
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(dateFormats, locale, DATE_TIME, () => new Intl.DateTimeFormat(intlLocale[locale], DATE_TIME)).format(date);
}

/**
 * Sizes in steps of 1,024, as the app's file limits are set (a limit of 50 × 1,024 × 1,024 bytes
 * reads "50 MB", the same figure every other refusal states) and as Windows shows file sizes.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return formatNumber(value, locale, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 });
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale[locale]], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
