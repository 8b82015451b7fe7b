import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { getAssessmentBundle } from '@/db/queries';
import type { Locale } from '@/domain/localized-text';
import type { BuiltReport, ReportProgress } from '@/report/build-report-pdf';
import type { LoadReportLayer } from './report-layer';
import type { AttachmentPolicy } from '@/report/report-attachment';
import type { ReportDigits } from '@/report/report-options';
import { downloadBlob } from '@/lib/download-file';

/**
 * Builds the profile PDF of a stored assessment and hands it to the browser as a download. jsPDF,
 * pdf-lib and the fonts load only on the first export (the app passes the lazy loader), never at start.
 */
export async function exportProfilePdf(
  loadReportLayer: LoadReportLayer,
  assessmentId: string,
  locale: Locale,
  onProgress: (progress: ReportProgress) => void,
  choices: { readonly attachment: AttachmentPolicy; readonly digits: ReportDigits } = { attachment: 'public', digits: 'latin' },
): Promise<BuiltReport> {
  onProgress({ stage: 'fonts', fraction: 0 });
  const [{ buildReportPdf, browserFontLoader }, catalogues, bundle] = await Promise.all([
    loadReportLayer(),
    loadBundledCatalogues(),
    getAssessmentBundle(assessmentId),
  ]);
  if (!bundle) throw new Error(`Assessment ${assessmentId} not found`);
  const previousId = bundle.assessment.previousAssessmentId;
  const previous = previousId ? ((await getAssessmentBundle(previousId)) ?? null) : null;
  const report = await buildReportPdf(bundle, { locale, catalogues, fonts: browserFontLoader, previous, onProgress, ...choices });
  downloadBlob(new Blob([report.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), report.fileName);
  return report;
}
