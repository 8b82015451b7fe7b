/**
 * Turns the many ways IndexedDB fails into the few things a user can act on. The UI translates
 * the kind; nothing here is user-facing text.
 */
import { StorageFailure } from '@/domain/storage-failure';

export type { StorageFailureKind } from '@/domain/storage-failure';
export { StorageFailure } from '@/domain/storage-failure';

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const inner = 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
  const name = 'name' in error ? String((error as { name?: unknown }).name) : '';
  return inner ? `${name} ${errorName(inner)}` : name;
}

export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const name = errorName(error);
  if (/QuotaExceeded/.test(name)) return new StorageFailure('quota-exceeded', error);
  if (/Blocked|VersionError/.test(name)) return new StorageFailure('blocked', error);
  if (/MissingAPI|InvalidState|DatabaseClosed|OpenFailed/.test(name)) return new StorageFailure('unavailable', error);
  if (/Constraint/.test(name)) return new StorageFailure('conflict', error);
  return new StorageFailure('unknown', error);
}

/**
 * Runs a store operation and rethrows any failure as a classified StorageFailure, except the
 * errors `letThrough` accepts: refusals the operation decided itself, which the UI explains as they are.
 */
export async function guardStorage<T>(operation: () => Promise<T>, letThrough: (error: unknown) => boolean = () => false): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (letThrough(error)) throw error;
    throw classifyStorageError(error);
  }
}
