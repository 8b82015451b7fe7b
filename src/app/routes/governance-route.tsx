import type { Route } from '@/routing/router';
import { CatalogueImportRoute } from './catalogue-import-route';
import { SpreadsheetsRoute } from './spreadsheets-route';
import { ValidationRoute } from './validation-route';

/** The validation, spreadsheet and catalogue screens: one lazy chunk, so the start bundle carries one loader. */
export function GovernanceRoute({ route }: { route: Route }) {
  if (route.name === 'validation') return <ValidationRoute assessmentId={route.assessmentId} />;
  if (route.name === 'spreadsheets') return <SpreadsheetsRoute assessmentId={route.assessmentId} />;
  if (route.name === 'catalogues') return <CatalogueImportRoute />;
  return null;
}
