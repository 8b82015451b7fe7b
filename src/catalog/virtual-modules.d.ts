/** The bundled catalogues, checked when the app is built (vite.config.ts, bundled-catalogues.ts). */
declare module 'virtual:bundled-catalogues' {
  import type { CatalogueSet } from '@/catalog/load-catalogues';

  const set: CatalogueSet;
  export default set;
}
