/**
 * The ways the store itself can fail, as the few kinds a user can act on (free space, close other
 * tabs, reload). Defined once here; db/storage-errors.ts raises them and i18n words them. Its own
 * small module because the start screen needs it (error-message.ts) and refusal.ts it does not.
 */
export const STORAGE_FAILURE_KINDS = ['quota-exceeded', 'blocked', 'unavailable', 'conflict', 'unknown'] as const;
export type StorageFailureKind = (typeof STORAGE_FAILURE_KINDS)[number];

/** A classified store failure (db/storage-errors.ts raises it; i18n words its kind). */
export class StorageFailure extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    override readonly cause?: unknown,
  ) {
    super(`storage failure: ${kind}`);
    this.name = 'StorageFailure';
  }
}
