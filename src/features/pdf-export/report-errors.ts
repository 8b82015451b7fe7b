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
 * A translated, specific message for what went wrong while building a report. Matches the error
 * by name rather than instanceof, so this screen does not load the report input validator (zod).
 */
export function reportErrorMessage(error: unknown, t: Translate<'report'>): string {
  if (
    error instanceof Error &&
    error.name === 'ReportInputError' &&
    'code' in error &&
    isOneOf(INPUT_ERROR_CODES, error.code) &&
    'detail' in error
  ) {
    return t(`ui.errors.${error.code}`, { detail: String(error.detail) });
  }
  return error instanceof Error ? error.message : String(error);
}
