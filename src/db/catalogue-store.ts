import { db } from './db';
import { guardStorage, StorageFailure } from './storage-errors';

/** Catalogue files a user imported, stored as their validated text under `frameworkId@version`. */
export type StoredCatalogueFile = { key: string; fileName: string; text: string; importedAt: string };

/** Adds an imported catalogue. A version already stored is refused (a conflict), never overwritten. */
export function storeImportedCatalogue(file: Omit<StoredCatalogueFile, 'importedAt'>): Promise<StoredCatalogueFile> {
  const record: StoredCatalogueFile = { ...file, importedAt: new Date().toISOString() };
  return guardStorage(() =>
    db.transaction('rw', db.catalogues, async () => {
      if (await db.catalogues.get(file.key)) throw new StorageFailure('conflict');
      await db.catalogues.add(record);
      return record;
    }),
  );
}

/** Every imported catalogue file, in key order. */
export function listImportedCatalogueFiles(): Promise<StoredCatalogueFile[]> {
  return guardStorage(() => db.catalogues.orderBy('key').toArray());
}
