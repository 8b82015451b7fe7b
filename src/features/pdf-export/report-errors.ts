import type { useT } from '@/i18n/use-t';

type TFunction = ReturnType<typeof useT>['t'];

/**
 * A translated, specific message for what went wrong while building a report. Matches the error
 * by name rather than instanceof, so this screen does not load the report input validator (zod).
 */
export function reportErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof Error && error.name === 'ReportInputError' && 'code' in error && 'detail' in error) {
    return t(`ui.errors.${String(error.code)}`, { detail: String(error.detail) });
  }
  return error instanceof Error ? error.message : String(error);
}
