import type { Page } from 'playwright-core';

/**
 * Reads the app's IndexedDB from inside the page with the raw IndexedDB API, so the tests check
 * what is really stored, independently of the app's own code. Tests write only through the UI.
 */

/** SHA-256 of the canonical JSON of every table (keys sorted): equal hashes mean identical stores. */
export function storeHash(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mgi-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].sort();
    const tables: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      await Promise.all(
        names.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => {
                tables[name] = request.result;
                resolve();
              };
              request.onerror = () => reject(request.error);
            }),
        ),
      );
    }
    db.close();
    const canonical = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
        .join(',')}}`;
    };
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(tables)));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  });
}

export type StoredResponse = { indicatorId: string; answer: string | null; justification: string; revision: number };

export function storedResponses(page: Page, assessmentId: string): Promise<Record<string, StoredResponse>> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mgi-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<StoredResponse[]>((resolve, reject) => {
      const request = db.transaction('responses').objectStore('responses').getAll();
      request.onsuccess = () => resolve(request.result as StoredResponse[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return Object.fromEntries(
      rows.filter((row) => (row as unknown as { assessmentId: string }).assessmentId === id).map((row) => [row.indicatorId, row]),
    );
  }, assessmentId);
}

export type StoredHistoryEntry = {
  indicatorId: string | null;
  entity: string;
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
  memberId: string | null;
};

/** The assessment's history (audit trail) as stored, oldest first. */
export function storedHistory(page: Page, assessmentId: string): Promise<StoredHistoryEntry[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mgi-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<(StoredHistoryEntry & { assessmentId: string })[]>((resolve, reject) => {
      const request = db.transaction('history').objectStore('history').getAll();
      request.onsuccess = () => resolve(request.result as (StoredHistoryEntry & { assessmentId: string })[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.filter((row) => row.assessmentId === id);
  }, assessmentId);
}
