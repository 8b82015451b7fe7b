import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '@/domain/catalogue';
import { loadCatalogues } from '@/catalog/load-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';

const root = join(import.meta.dirname, '..', '..');

/** Reads every JSON file below a folder as the loader receives them: relative path → text. */
export function readJsonTree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else if (entry.name.endsWith('.json')) files[relative] = readFileSync(join(dir, entry.name), 'utf8');
    }
  };
  walk(folder, '');
  return files;
}

export function realIndicatorFiles(): Record<string, string> {
  return readJsonTree(join(root, 'indicators'));
}

export function realCatalogueSet(): CatalogueSet {
  return loadCatalogues(realIndicatorFiles());
}

export function fixtureCatalogues(): Catalogue[] {
  const set = loadCatalogues(readJsonTree(join(root, 'tests', 'fixtures', 'catalogues')));
  return [...set.catalogues];
}

export function fixtureCatalogue(version: string): Catalogue {
  const catalogue = fixtureCatalogues().find((c) => c.version === version);
  if (!catalogue) throw new Error(`no fixture catalogue ${version}`);
  return catalogue;
}
