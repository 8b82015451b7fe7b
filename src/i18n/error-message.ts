import { translatorFor } from './i18n';
import type { Locale } from '@/domain/localized-text';
import { isStorageFailureKind } from '@/domain/storage-failure';


/**
 * The sentence a user reads for a failed operation. Storage failures carry a `kind` (see
 * db/storage-errors.ts); matched structurally so this layer stays independent of the store.
 */
export function errorMessage(error: unknown, locale: Locale): string {
  const t = translatorFor(locale);
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : 'unknown';
  const known = isStorageFailureKind(kind) ? kind : 'unknown';
  return t(`common:errors.${known}`);
}
