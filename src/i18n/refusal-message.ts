import type { Locale } from '@/domain/localized-text';
import { isRefusalCode } from '@/domain/refusal';
import { errorMessage } from './error-message';
import { translatorFor } from './i18n';

/**
 * The sentence for a refused or failed write. Rule refusals (db/command-refusal.ts) carry a
 * `refusal.code`, matched structurally so this layer stays independent of the store; anything
 * else is a storage failure and gets errorMessage's wording. Needs the `scoring` namespace.
 */
export function refusalMessage(error: unknown, locale: Locale): string {
  const refusal = typeof error === 'object' && error !== null && 'refusal' in error ? (error as { refusal: unknown }).refusal : null;
  const code = typeof refusal === 'object' && refusal !== null && 'code' in refusal ? String((refusal as { code: unknown }).code) : null;
  if (code === null || !isRefusalCode(code)) return errorMessage(error, locale);
  return translatorFor(locale)(`scoring:refusals.${code}`);
}

/** The refusal code of an error, if it is a rule refusal. */
export function refusalCode(error: unknown): string | null {
  const refusal = typeof error === 'object' && error !== null && 'refusal' in error ? (error as { refusal: unknown }).refusal : null;
  return typeof refusal === 'object' && refusal !== null && 'code' in refusal ? String((refusal as { code: unknown }).code) : null;
}
