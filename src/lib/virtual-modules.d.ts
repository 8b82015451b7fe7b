/** Modules written at build time by vite.config.ts's plugins. */
declare module 'virtual:country-list' {
  import type { CountryLists } from '@/lib/country-list';

  const lists: CountryLists;
  export default lists;
}

declare module 'virtual:bundled-catalogues' {
  import type { CatalogueSet } from '@/catalog/load-catalogues';

  const set: CatalogueSet;
  export default set;
}
