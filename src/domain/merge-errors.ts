import type { SchemaProblem } from './schema-problem-kinds';

/**
 * Why a member package, a backup or a snapshot was refused. Codes, not sentences: the UI
 * translates them (exchange namespace, `errors.<code>`), and `detail` fills the sentence's gaps.
 */
export const EXCHANGE_ERROR_CODES = [
  'too-large',
  'empty',
  'not-json',
  'truncated',
  'unsafe-key',
  'wrong-format',
  'is-backup',
  'is-package',
  'future-version',
  'unsupported-version',
  'checksum-mismatch',
  'invalid-content',
  'passphrase-required',
  'wrong-passphrase',
  'unsupported-encryption',
  'own-package',
  'other-assessment',
  'assessment-locked',
  'unresolved-conflicts',
  'snapshot-missing',
  'backup-too-large',
  'passphrase-too-short',
  'future-store-schema',
  'too-deep',
] as const;
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number];

export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    readonly detail: Readonly<Record<string, string | number>> = {},
    /** For `invalid-content`: which record and field is wrong, for the user's sentence. */
    readonly problem: SchemaProblem | null = null,
  ) {
    super(`exchange error: ${code}`);
    this.name = 'ExchangeError';
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof ExchangeError;
}
