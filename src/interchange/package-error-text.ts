import type { Locale } from '@/domain/localized-text';
import type { ExchangeErrorCode } from '@/domain/merge-errors';
import { isExchangeError } from '@/domain/merge-errors';
import { StorageFailure } from '@/domain/storage-failure';
import { errorMessage } from '@/i18n/error-message';
import { translatorFor } from '@/i18n/i18n';
import { schemaProblemSentence } from '@/i18n/schema-problem-text';
import { isOneOf } from '@/lib/one-of';
import { isFileTaskStopped } from './file-task-stopped';

/** Codes whose sentences live in the `refusals` namespace (issue 16) rather than `exchange`. */
const REFUSAL_CODES = ['passphrase-too-short', 'future-store-schema', 'too-deep'] as const satisfies readonly ExchangeErrorCode[];

export type Refusal = { readonly message: string; readonly details: string | null };

/**
 * What a user reads when a package, backup or snapshot is refused: a specific reason in plain
 * words (for a schema problem, the record, the field, what is wrong and what would be right) and,
 * apart, the technical detail for the "details" disclosure. Needs the `exchange` and `refusals`
 * namespaces.
 */
export function exchangeRefusal(error: unknown, locale: Locale): Refusal {
  const t = translatorFor(locale);
  if (isFileTaskStopped(error)) return { message: t(`refusals:fileTask.${error.reason}`, { seconds: error.seconds }), details: null };
  if (isExchangeError(error)) {
    if (error.code === 'invalid-content' && error.problem !== null) {
      return {
        message: t('refusals:exchange.invalid-content', { sentence: schemaProblemSentence(error.problem, locale) }),
        details: error.problem.technical,
      };
    }
    if (error.code === 'invalid-content') {
      // No record to name (the content is missing as a whole): the path and the validator's words
      // stay behind "details".
      const { path, problem } = error.detail;
      return { message: t('exchange:errors.invalid-content'), details: [path, problem].filter(Boolean).join(': ') || null };
    }
    if (isOneOf(REFUSAL_CODES, error.code)) return { message: t(`refusals:exchange.${error.code}`, { ...error.detail }), details: null };
    return { message: t(`exchange:errors.${error.code}`, { ...error.detail }), details: null };
  }
  if (error instanceof StorageFailure) return { message: errorMessage(error, locale), details: null };
  return { message: t('exchange:errors.unreadable'), details: error instanceof Error ? error.message.slice(0, 300) : null };
}

/** The sentence alone, for places that show no details. */
export function exchangeErrorMessage(error: unknown, locale: Locale): string {
  return exchangeRefusal(error, locale).message;
}
