import { db } from './db';
import { useLiveQuery } from './use-live-query';

/** Keys (`frameworkId@version`) of the imported catalogues, live. */
export function useImportedCatalogueKeys(): string[] | undefined {
  return useLiveQuery(() => db.catalogues.toCollection().primaryKeys(), []);
}
