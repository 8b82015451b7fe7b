/**
 * The ways the store itself can fail, as the few kinds a user can act on (free space, close other
 * tabs, reload). Defined once here; db/storage-errors.ts raises them and i18n words them. Its own
 * small module because the start screen needs it (error-message.ts) and refusal.ts it does not.
 */
export const STORAGE_FAILURE_KINDS = ['quota-exceeded', 'blocked', 'unavailable', 'conflict', 'unknown'] as const;
export type StorageFailureKind = (typeof STORAGE_FAILURE_KINDS)[number];

export function isStorageFailureKind(kind: string): kind is StorageFailureKind {
  return (STORAGE_FAILURE_KINDS as readonly string[]).includes(kind);
}
