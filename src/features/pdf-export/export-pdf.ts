import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { getAssessmentBundle } from '@/db/queries';
import type { Locale } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import type { ReportProgress, ReportStage } from '@/report/build-report-pdf';
import type { AttachmentPolicy } from '@/report/report-attachment';
import type { ReportDigits } from '@/report/report-options';
import { downloadBlob } from '@/components/download-file';
import { whenIdle } from '@/components/when-idle';
import type { LoadReportLayer } from './report-layer';
import { runReportWorker, warmUpReportWorker, workersAvailable } from './report-worker-protocol';

export type ExportedReport = {
  readonly bytes: Uint8Array;
  readonly pages: number;
  readonly fingerprint: string;
  readonly fileName: string;
};
export type ExportChoices = {
  readonly attachment: AttachmentPolicy;
  readonly digits: ReportDigits;
  readonly extras?: ReportExtras | undefined;
};

/**
 * Builds the profile PDF of a stored assessment in the report worker (so the page stays
 * responsive and the progress keeps moving) and hands it to the browser as a download. jsPDF,
 * pdf-lib and the fonts load only on the first export, never at start.
 */
export async function exportProfilePdf(
  loadReportLayer: LoadReportLayer,
  assessmentId: string,
  locale: Locale,
  onProgress: (progress: ReportProgress) => void,
  choices: ExportChoices = { attachment: 'public', digits: 'latin' },
): Promise<ExportedReport> {
  onProgress({ stage: 'fonts', fraction: 0 });
  const bundle = await getAssessmentBundle(assessmentId);
  if (!bundle) throw new Error(`Assessment ${assessmentId} not found`);
  const previousId = bundle.assessment.previousAssessmentId;
  const previous = previousId ? ((await getAssessmentBundle(previousId)) ?? null) : null;
  let report: ExportedReport;
  if (workersAvailable()) {
    // The kept worker: a second export skips loading the PDF code and the fonts again.
    const reply = await runReportWorker(
      { kind: 'build', bundle, options: { locale, previous, ...choices } },
      (stage, fraction) => onProgress({ stage: stage as ReportStage, fraction }),
      { keep: true },
    );
    if (reply.kind !== 'built') throw new Error('Unexpected reply from the report worker');
    report = reply;
  } else {
    const [{ buildReportPdf, browserFontLoader }, catalogues] = await Promise.all([loadReportLayer(), loadBundledCatalogues()]);
    report = await buildReportPdf(bundle, { locale, catalogues, fonts: browserFontLoader, previous, onProgress, ...choices });
  }
  downloadBlob(new Blob([report.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), report.fileName);
  return report;
}

/**
 * Readies the report worker while the export screen is idle (report-worker-protocol.ts says why).
 * Returns the cancel for a screen left before it ran.
 */
export function prepareExportWhenIdle(): () => void {
  return whenIdle(() => warmUpReportWorker(), 2000);
}
