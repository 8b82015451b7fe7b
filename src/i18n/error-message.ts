import { translatorFor } from './i18n';
import type { Locale } from '@/domain/localized-text';
import { StorageFailure } from '@/domain/storage-failure';

/**
 * The sentence a user reads for a failed operation: the store classifies its failures as the
 * domain's StorageFailure (db/storage-errors.ts); anything else reads as an unknown failure.
 */
export function errorMessage(error: unknown, locale: Locale): string {
  const kind = error instanceof StorageFailure ? error.kind : 'unknown';
  return translatorFor(locale)(`common:errors.${kind}`);
}
