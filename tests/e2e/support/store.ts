import type { Page } from 'playwright-core';

/**
 * Reads and writes the app's IndexedDB from inside the page with the raw IndexedDB API, so the
 * tests check what is really stored, independently of the app's own code.
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
    return Object.fromEntries(rows.filter((row) => (row as unknown as { assessmentId: string }).assessmentId === id).map((row) => [row.indicatorId, row]));
  }, assessmentId);
}

/**
 * Scores indicators as a member would (a response row with a bumped revision and a history entry
 * per field). The scoring screen lives on another branch; this writes the same rows it writes.
 */
export function scoreIndicators(page: Page, assessmentId: string, changes: Record<string, { answer?: string; justification?: string }>): Promise<void> {
  return page.evaluate(
    async ({ id, edits }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mgi-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['responses', 'history'], 'readwrite');
      const responses = tx.objectStore('responses');
      const at = new Date().toISOString();
      for (const [indicatorId, fields] of Object.entries(edits)) {
        const key = `${id}:${indicatorId}`;
        const current = await new Promise<Record<string, unknown> | undefined>((resolve) => {
          const request = responses.get(key);
          request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
        });
        const base = current ?? {
          id: key, assessmentId: id, indicatorId, answer: null, notApplicable: false, notApplicableReason: '', justification: '', confidence: null,
          status: 'not-started', assigneeId: null, memberAnswers: {}, agreedRationale: '', dissent: '', revision: 0, updatedAt: at, updatedBy: null,
        };
        responses.put({ ...base, ...fields, status: 'draft', revision: Number(base.revision) + 1, updatedAt: at });
        for (const [field, after] of Object.entries(fields)) {
          tx.objectStore('history').add({ id: crypto.randomUUID(), assessmentId: id, indicatorId, entity: 'response', entityId: key, field, before: base[field] ?? null, after, reason: '', memberId: null, at });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id: assessmentId, edits: changes },
  );
}
