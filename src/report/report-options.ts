import type { Locale } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import type { AttachmentPolicy } from './report-attachment';

/**
 * How a report was built, stored in the PDF so a check can rebuild exactly the same pages from
 * the attached data. Not secret and not covered by the fingerprint: a changed option only makes
 * the rebuilt text differ, which the check reports.
 */

export type ReportDigits = 'latin' | 'arabic-indic';

export type ReportOptions = {
  readonly locale: Locale;
  readonly generatedAt: string;
  readonly attachment: AttachmentPolicy;
  readonly digits: ReportDigits;
  readonly fingerprint: string;
  /** Which extras were printed; absent in reports made before they were options (the phase's defaults). */
  readonly extras?: ReportExtras | undefined;
};

const EXTRA_KEYS = ['indicatorTable', 'answerCounts', 'sdg', 'gcm', 'comparison'] as const;

function parseExtras(value: unknown): ReportExtras | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (!EXTRA_KEYS.every((key) => typeof record[key] === 'boolean')) return undefined;
  return Object.fromEntries(EXTRA_KEYS.map((key) => [key, record[key]])) as ReportExtras;
}

export function parseReportOptions(json: string | null): ReportOptions | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<ReportOptions>;
    if ((value.locale !== 'en' && value.locale !== 'ar') || typeof value.generatedAt !== 'string' || typeof value.fingerprint !== 'string')
      return null;
    const attachment = value.attachment === 'none' || value.attachment === 'full' ? value.attachment : 'public';
    const extras = parseExtras(value.extras);
    return {
      locale: value.locale,
      generatedAt: value.generatedAt,
      attachment,
      digits: value.digits === 'arabic-indic' ? 'arabic-indic' : 'latin',
      fingerprint: value.fingerprint,
      ...(extras ? { extras } : {}),
    };
  } catch {
    return null;
  }
}

/** Western digits standing alone (2026, 59, 12.5) but not inside codes (D1.1.6, SDG 10.7.2, URLs, hashes). */
const STANDALONE_NUMBER = /(?<![\w./:#@-])\d+(?:[.,]\d+)?(?![\w./:-]*\w)/g;
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
/** A month's number, 1 to 12: its name's key is `report-pdf:months.<n>`. */
export type MonthNumber = (typeof MONTHS)[number];

/**
 * The Arabic report option "Arabic-Indic digits and Iraqi month names": applied to every string
 * the typesetter draws, so tables, charts, dates and page numbers agree. Identity otherwise.
 */
export function reportLocalizer(
  locale: Locale,
  digits: ReportDigits,
  iraqiMonth: (month: MonthNumber) => string,
): (text: string) => string {
  if (locale !== 'ar' || digits !== 'arabic-indic') return (text) => text;
  const standardName = (month: MonthNumber) =>
    new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2026, month - 1, 15)))
      .replace(/[\u200E\u200F\u061C]/g, '');
  const standard = MONTHS.map(standardName);
  const months = new Map(MONTHS.map((month) => [standardName(month), iraqiMonth(month)]));
  const names = new RegExp(`(${standard.join('|')})`, 'g');
  return (text) =>
    text
      .replace(STANDALONE_NUMBER, (number) => number.replace(/\d/g, (digit) => ARABIC_INDIC[Number(digit)]!).replace('.', '٫'))
      .replace(names, (name) => months.get(name) ?? name);
}
