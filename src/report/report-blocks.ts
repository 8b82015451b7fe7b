import { textForPrint } from '@/domain/bilingual-text';
import type { Locale, LocalizedText } from '@/domain/localized-text';
import type { BarChartData } from './chart-data';
import type { ReportContext } from './report-context';

/**
 * What every report section is built from: blocks of text, tables and charts, and the helpers that
 * word a date or a working group's text for print. Its own module so the section modules and
 * report-model.ts (which assembles them) never import each other in a circle.
 */

export type TableColumn = { readonly header: string; readonly width: number | 'auto'; readonly bold?: boolean };
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'lead' | 'muted' }
  | { readonly kind: 'heading'; readonly text: string; readonly level?: 2 | 3 }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'chart'; readonly chart: BarChartData }
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'figures'; readonly items: readonly { readonly label: string; readonly value: string }[] };

export type ReportSection = {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Short sections run on after the previous one instead of starting a page. */
  readonly runOn?: boolean;
};

/** A long date ("22 November 2026", "22 نوفمبر 2026"): unambiguous when printed. */
export function reportDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })
    .format(date)
    .replace(/[\u200E\u200F\u061C]/g, '');
}

export function isFinal(phase: string): boolean {
  return phase === 'validated' || phase === 'published';
}

/**
 * A text the working group wrote, in the report's language; where that language is missing, the
 * original with a visible mark (in the report's language) saying it is not translated yet.
 */
export function printed(context: ReportContext, text: LocalizedText): string {
  const { text: value, untranslated } = textForPrint(text, context.locale);
  return untranslated ? `${context.t('report:untranslatedMark')} ${value}` : value;
}
