import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { newestCatalogue } from '@/catalog/catalogue-lookup';
import { replaceAssessmentBundle } from '@/db/commands';
import { buildDemoBundles, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';

/** Loads (or reloads, replacing earlier edits) both demo rounds; returns the follow-up's id. */
export async function loadDemoAssessment(): Promise<string> {
  const catalogue = newestCatalogue((await loadBundledCatalogues()).catalogues, 'mgi-national');
  if (!catalogue) throw new Error('The national MGI catalogue is not available');
  for (const bundle of buildDemoBundles(catalogue)) {
    await replaceAssessmentBundle(bundle);
  }
  return DEMO_FOLLOW_UP_ID;
}
