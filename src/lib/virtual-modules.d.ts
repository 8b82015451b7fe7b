/** Modules written at build time by vite.config.ts's plugins. */
declare module 'virtual:country-list' {
  import type { CountryLists } from '@/lib/country-list';

  const lists: CountryLists;
  export default lists;
}
