/**
 * Asks the browser to keep our data when disk runs low. Without it, Chromium may evict IndexedDB
 * of a site the user has not bookmarked, and a working group would lose weeks of scoring.
 */
export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

export type StorageEstimate = { readonly usage: number | null; readonly quota: number | null };

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

export async function persistenceState(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'persisted' : 'best-effort';
}

export async function requestPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export async function storageEstimate(): Promise<StorageEstimate> {
  const storage = storageManager();
  if (!storage?.estimate) return { usage: null, quota: null };
  const estimate = await storage.estimate();
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
