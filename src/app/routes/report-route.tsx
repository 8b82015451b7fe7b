import { ReportPage } from '@/features/pdf-export/report-page';
import { useCatalogues } from '@/app/use-catalogues';

/** The report screen, given the catalogues so it can count what a report would print untranslated. */
export function ReportRoute({ assessmentId }: { assessmentId: string }) {
  const catalogues = useCatalogues();
  return <ReportPage assessmentId={assessmentId} catalogues={catalogues} />;
}
