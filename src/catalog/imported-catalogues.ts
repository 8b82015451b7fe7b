import { catalogueKey } from '@/domain/catalogue';
import { loadBundledCatalogues } from './bundled-catalogues';
import type { CatalogueSet } from './load-catalogues';
import { parseCatalogueFile } from './parse-catalogue-file';

/** A catalogue file a user imported, as the store keeps it. */
export type ImportedCatalogueFile = { readonly key: string; readonly fileName: string; readonly text: string; readonly importedAt: string };

/**
 * The bundled catalogues plus the ones a user imported. Loaded on demand, only when the store
 * holds imported files. A bundled version wins over an imported one with the same key (an app
 * update that ships it). A stored file this build no longer accepts is reported like a broken
 * bundled file, and the others still load.
 */
export async function withImportedCatalogues(files: readonly ImportedCatalogueFile[]): Promise<CatalogueSet> {
  const base = await loadBundledCatalogues();
  const catalogues = [...base.catalogues];
  const problems = [...base.problems];
  const keys = new Set(catalogues.map((c) => catalogueKey(c.frameworkId, c.version)));
  for (const file of files) {
    if (keys.has(file.key)) continue;
    const parsed = parseCatalogueFile(file.fileName, file.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    keys.add(file.key);
    catalogues.push(parsed.value);
  }
  return { catalogues, reference: base.reference, problems };
}
