import type { Locale } from '@/domain/localized-text';
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
};

export function parseReportOptions(json: string | null): ReportOptions | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<ReportOptions>;
    if ((value.locale !== 'en' && value.locale !== 'ar') || typeof value.generatedAt !== 'string' || typeof value.fingerprint !== 'string') return null;
    const attachment = value.attachment === 'none' || value.attachment === 'full' ? value.attachment : 'public';
    return { locale: value.locale, generatedAt: value.generatedAt, attachment, digits: value.digits === 'arabic-indic' ? 'arabic-indic' : 'latin', fingerprint: value.fingerprint };
  } catch {
    return null;
  }
}
