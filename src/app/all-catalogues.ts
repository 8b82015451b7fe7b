import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';
import { listImportedCatalogueFiles } from '@/db/catalogue-store';
import { storeExistedAtStart } from '@/db/store-at-start';

/**
 * Bundled plus imported catalogues. If the store cannot be read (private mode, blocked site data)
 * the bundled catalogues still load: the app must open even when storage is broken.
 */
export async function loadAllCatalogues(afterImport: boolean): Promise<CatalogueSet> {
  const [files, bundled] = await Promise.all([importedFiles(afterImport), loadBundledCatalogues()]);
  if (files.length === 0) return bundled;
  // Imported files are checked here, in the browser: only then are the validator (zod) and the
  // catalogue parser loaded. The bundled ones were checked when the app was built.
  const { withImportedCatalogues } = await import('@/catalog/imported-catalogues');
  return withImportedCatalogues(files);
}

/**
 * On a first visit (no database in this browser at start) nothing was imported: known without
 * waiting for the database's creation. A load after an import reads the store.
 */
async function importedFiles(afterImport: boolean) {
  if (!afterImport && !(await storeExistedAtStart())) return [];
  return listImportedCatalogueFiles().catch(() => []);
}
