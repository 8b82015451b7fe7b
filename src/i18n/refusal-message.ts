import type { Locale } from '@/domain/localized-text';
import type { RefusalCode } from '@/domain/refusal';
import { CommandRefused } from '@/domain/refusal';
import { errorMessage } from './error-message';
import { translatorFor } from './i18n';

/**
 * The sentence for a refused or failed write. Rule refusals are the domain's CommandRefused
 * (domain/refusal.ts, raised by the store); anything else is a storage failure and gets
 * errorMessage's wording. Needs the `scoring` namespace.
 */
export function refusalMessage(error: unknown, locale: Locale): string {
  if (!(error instanceof CommandRefused)) return errorMessage(error, locale);
  return translatorFor(locale)(`scoring:refusals.${error.refusal.code}`);
}

/** The refusal code of an error, if it is a rule refusal. */
export function refusalCode(error: unknown): RefusalCode | null {
  return error instanceof CommandRefused ? error.refusal.code : null;
}
