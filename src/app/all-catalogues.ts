import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { withImportedCatalogues } from '@/catalog/imported-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';
import { listImportedCatalogueFiles } from '@/db/catalogue-store';

/**
 * Bundled plus imported catalogues. If the store cannot be read (private mode, blocked site data)
 * the bundled catalogues still load: the app must open even when storage is broken.
 */
export async function loadAllCatalogues(): Promise<CatalogueSet> {
  const [files, bundled] = await Promise.all([listImportedCatalogueFiles().catch(() => []), loadBundledCatalogues()]);
  return files.length === 0 ? bundled : withImportedCatalogues(files);
}
