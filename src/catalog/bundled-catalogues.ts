import type { CatalogueSet } from './load-catalogues';

/**
 * The catalogues shipped with the app, loaded on first need rather than at start-up: the files
 * and their validator (zod) are a third of a start bundle that must stay small for old laptops.
 * Files are imported as raw text, not JSON modules, so a malformed file becomes a reported
 * problem at load instead of a failed build or a blank page.
 */
const rawFiles = import.meta.glob<string>('/indicators/**/*.json', { query: '?raw', import: 'default' });

let pending: Promise<CatalogueSet> | undefined;
let loaded: CatalogueSet | undefined;

export function loadBundledCatalogues(): Promise<CatalogueSet> {
  pending ??= (async () => {
    const [{ loadCatalogues }, texts] = await Promise.all([
      import('./load-catalogues'),
      Promise.all(Object.entries(rawFiles).map(async ([path, load]) => [path.replace(/^\/indicators\//, ''), await load()] as const)),
    ]);
    loaded = loadCatalogues(Object.fromEntries(texts));
    return loaded;
  })();
  return pending;
}

/** The catalogues if they have finished loading, so screens can render without a flash. */
export function loadedCatalogues(): CatalogueSet | undefined {
  return loaded;
}
