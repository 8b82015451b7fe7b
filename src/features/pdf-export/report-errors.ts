import type { Translate } from '@/i18n/keys';
import type { ReportInputError } from '@/report/report-input';
import { isOneOf } from '@/lib/one-of';

const INPUT_ERROR_CODES = [
  'invalid-json',
  'invalid-data',
  'future-version',
  'wrong-assessment',
  'unknown-catalogue',
] as const satisfies readonly ReportInputError['code'][];

/**
 * A translated, specific sentence for what went wrong while building a report, and apart the
 * technical detail (a validator's path and words, a program's message) for the "details"
 * disclosure: never in the sentence itself. Matches the error by name rather than instanceof, so
 * this screen does not load the report input validator (zod).
 */
export function reportErrorMessage(error: unknown, t: Translate<'report'>): { message: string; details: string | null } {
  if (
    error instanceof Error &&
    error.name === 'ReportInputError' &&
    'code' in error &&
    isOneOf(INPUT_ERROR_CODES, error.code) &&
    'detail' in error
  ) {
    const detail = String(error.detail);
    // Only a version number is plain enough for the sentence; the other details are technical.
    return { message: t(`ui.errors.${error.code}`, { detail }), details: error.code === 'future-version' ? null : detail };
  }
  return { message: t('ui.errors.unknown'), details: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
