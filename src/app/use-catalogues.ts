import { useEffect, useSyncExternalStore } from 'react';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';

/**
 * The catalogues: those shipped with the app plus those the user imported (db `catalogues`
 * table). Loaded once per session on first need, with the validator and the store read, in one
 * lazy chunk (all-catalogues.ts), so the start bundle carries only this hook.
 */

let current: CatalogueSet | undefined;
let pending: Promise<CatalogueSet> | undefined;
const listeners = new Set<() => void>();

function load(): Promise<CatalogueSet> {
  // The bundled files start loading at once, while the store is being read.
  void loadBundledCatalogues();
  pending ??= import('./all-catalogues')
    .then(({ loadAllCatalogues }) => loadAllCatalogues())
    .then((set) => {
      current = set;
      for (const listener of listeners) listener();
      return set;
    });
  return pending;
}

/** The catalogue set once loaded (at once when it is). */
export function whenCataloguesLoaded(): Promise<CatalogueSet> {
  return current ? Promise.resolve(current) : load();
}

/** Re-reads the imported catalogues, after one was added; screens update when it is done. */
export function reloadCatalogues(): Promise<CatalogueSet> {
  pending = undefined;
  return load();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalogue set, or undefined while it loads (a few milliseconds, once per session). */
export function useCatalogues(): CatalogueSet | undefined {
  const set = useSyncExternalStore(subscribe, () => current, () => current);
  useEffect(() => {
    if (!current) void load();
  }, []);
  return set;
}
