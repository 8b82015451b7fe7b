/// <reference lib="webworker" />
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { browserFontLoader, buildReportPdf, reportRebuilder, verifyReportPdf } from '@/report/browser-entry';
import type { ReportWorkerReply, ReportWorkerRequest } from './report-worker-protocol';

/**
 * Builds and checks report PDFs off the main thread: layout of some thirty pages and a second
 * build for the check would otherwise freeze the page. Progress is posted as it goes.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ReportWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = async (event: MessageEvent<ReportWorkerRequest>) => {
  const request = event.data;
  try {
    const catalogues = await loadBundledCatalogues();
    if (request.kind === 'build') {
      const report = await buildReportPdf(request.bundle, {
        ...request.options,
        catalogues,
        fonts: browserFontLoader,
        onProgress: (progress) => post({ kind: 'progress', stage: progress.stage, fraction: progress.fraction }),
      });
      post({ kind: 'built', bytes: report.bytes, pages: report.pages, fingerprint: report.fingerprint, fileName: report.fileName }, [
        report.bytes.buffer,
      ]);
    } else {
      const result = await verifyReportPdf(request.bytes, {
        rebuild: reportRebuilder(catalogues, browserFontLoader),
        onProgress: (stage, fraction) => post({ kind: 'progress', stage, fraction }),
      });
      post({ kind: 'verified', result });
    }
  } catch (error) {
    const named = error as { name?: string; code?: string; detail?: string; message?: string };
    post({ kind: 'failed', name: named.name ?? 'Error', code: named.code, detail: named.detail, message: named.message ?? String(error) });
  }
};
