/** Modules written at build time by vite.config.ts's plugins. */
declare module 'virtual:country-list' {
  const lists: import('./country-list').CountryLists;
  export default lists;
}
