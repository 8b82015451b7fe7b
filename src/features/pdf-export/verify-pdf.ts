import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import type { VerifyResult } from '@/report/verify-report-pdf';
import type { LoadReportLayer } from './report-layer';
import { runReportWorker, VERIFY_TIME_LIMIT_MS, workersAvailable } from './report-worker-protocol';

/**
 * Checks a report PDF in the report worker (parsing and the rebuild stay off the main thread),
 * within a time limit and cancellable: both end the worker and reject with FileTaskStopped.
 */
export async function checkReportPdf(
  loadReportLayer: LoadReportLayer,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<VerifyResult> {
  if (workersAvailable()) {
    const reply = await runReportWorker({ kind: 'verify', bytes }, (_stage, fraction) => onProgress(fraction), {
      timeLimitMs: VERIFY_TIME_LIMIT_MS,
      ...(signal ? { signal } : {}),
    });
    if (reply.kind !== 'verified') throw new Error('Unexpected reply from the report worker');
    return reply.result;
  }
  const [{ verifyReportPdf, reportRebuilder, browserFontLoader }, catalogues] = await Promise.all([
    loadReportLayer(),
    loadBundledCatalogues(),
  ]);
  return verifyReportPdf(bytes, {
    rebuild: reportRebuilder(catalogues, browserFontLoader),
    onProgress: (_stage, fraction) => onProgress(fraction),
  });
}
