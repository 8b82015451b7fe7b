import type { Locale } from '@/domain/localized-text';
import { isExchangeError } from '@/domain/merge-errors';
import { errorMessage } from '@/i18n/error-message';
import { translatorFor } from '@/i18n/i18n';

/**
 * The sentence a user reads when a package, backup or snapshot is refused: a specific reason
 * from the exchange namespace, or the storage failure sentence when the store itself failed.
 */
export function exchangeErrorMessage(error: unknown, locale: Locale): string {
  if (isExchangeError(error)) return translatorFor(locale)(`exchange:errors.${error.code}`, { ...error.detail });
  if (typeof error === 'object' && error !== null && 'kind' in error) return errorMessage(error, locale);
  return translatorFor(locale)('exchange:errors.unreadable');
}
