import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';

/**
 * The catalogues: those shipped with the app plus those the user imported (db `catalogues`
 * table). Loaded once per session on first need, with the validator and the store read, in one
 * lazy chunk (all-catalogues.ts), so the start bundle carries only this hook.
 */

/** The loaded set, in the app's one store primitive (docs/adr/0010); undefined until loaded. */
const catalogueStore = createStore<{ readonly set: CatalogueSet | undefined }>()(() => ({ set: undefined }));
let pending: Promise<CatalogueSet> | undefined;

function load(afterImport = false): Promise<CatalogueSet> {
  // The bundled files start loading at once, while the store is being read.
  void loadBundledCatalogues();
  pending ??= import('./all-catalogues')
    .then(({ loadAllCatalogues }) => loadAllCatalogues(afterImport))
    .then((set) => {
      catalogueStore.setState({ set });
      return set;
    });
  return pending;
}

/** The catalogue set once loaded (at once when it is). */
export function whenCataloguesLoaded(): Promise<CatalogueSet> {
  const { set } = catalogueStore.getState();
  return set ? Promise.resolve(set) : load();
}

/** Re-reads the imported catalogues, after one was added; screens update when it is done. */
export function reloadCatalogues(): Promise<CatalogueSet> {
  pending = undefined;
  return load(true);
}

/** The catalogue set, or undefined while it loads (a few milliseconds, once per session). */
export function useCatalogues(): CatalogueSet | undefined {
  const set = useStore(catalogueStore, (state) => state.set);
  useEffect(() => {
    // Fire-and-forget on purpose: when the set arrives, the store update re-renders this hook.
    if (!catalogueStore.getState().set) void load();
  }, []);
  return set;
}
