import { useEffect, useState } from 'react';
import { loadBundledCatalogues, loadedCatalogues } from '@/catalog/bundled-catalogues';
import type { CatalogueSet } from '@/catalog/load-catalogues';

/** The bundled catalogues, or undefined while they load (a few milliseconds, once per session). */
export function useCatalogues(): CatalogueSet | undefined {
  const [set, setSet] = useState<CatalogueSet | undefined>(loadedCatalogues);
  useEffect(() => {
    if (set) return;
    let active = true;
    void loadBundledCatalogues().then((loaded) => {
      if (active) setSet(loaded);
    });
    return () => {
      active = false;
    };
  }, [set]);
  return set;
}
