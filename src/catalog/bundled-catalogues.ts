import { loadOnce } from '@/lib/load-once';
import type { CatalogueSet } from './load-catalogues';

/**
 * The catalogues shipped with the app, loaded on first need rather than at start-up. They are
 * checked when the app is built (vite.config.ts, `virtual:bundled-catalogues`, with the same
 * loader as imported files): the browser gets the checked set, problems included, without
 * loading the validator or checking the files again on every start.
 */

let loaded: CatalogueSet | undefined;

/** Once per session; after a failed fetch (offline before the chunk was cached) the next call tries again. */
export const loadBundledCatalogues: () => Promise<CatalogueSet> = loadOnce(async () => {
  loaded = (await import('virtual:bundled-catalogues')).default;
  return loaded;
});

/** The catalogues if they have finished loading, so screens can render without a flash. */
export function loadedCatalogues(): CatalogueSet | undefined {
  return loaded;
}
