import type { Catalogue } from '@/domain/catalogue';
import type { CatalogueSet } from './load-catalogues';

export function findCatalogue(set: CatalogueSet, frameworkId: string, version: string): Catalogue | undefined {
  return set.catalogues.find((c) => c.frameworkId === frameworkId && c.version === version);
}

export function newestCatalogue(catalogues: readonly Catalogue[], frameworkId: string): Catalogue | undefined {
  return catalogues.filter((c) => c.frameworkId === frameworkId).sort((a, b) => compareVersions(b.version, a.version))[0];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
