import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { replaceAssessmentBundle } from '@/db/commands';
import { buildDemoBundles, DEMO_CATALOGUE_VERSION, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';

/** Loads (or reloads, replacing earlier edits) both demo rounds; returns the follow-up's id. */
export async function loadDemoAssessment(): Promise<string> {
  const catalogue = findCatalogue(await loadBundledCatalogues(), 'mgi-national', DEMO_CATALOGUE_VERSION);
  if (!catalogue) throw new Error('The national MGI catalogue is not available');
  for (const bundle of buildDemoBundles(catalogue)) {
    await replaceAssessmentBundle(bundle);
  }
  return DEMO_FOLLOW_UP_ID;
}
