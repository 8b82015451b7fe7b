/// <reference lib="webworker" />
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { browserFontLoader, buildReportPdf, reportRebuilder, verifyReportPdf } from '@/report/browser-entry';
import type { FontFace, FontLoader } from '@/report/pdf-fonts';
import { loadOnce } from '@/lib/load-once';
import type { ReportWorkerReply, ReportWorkerRequest } from './report-worker-protocol';

/**
 * Builds and checks report PDFs off the main thread: layout of some thirty pages and a second
 * build for the check would otherwise freeze the page. Progress is posted as it goes. The page
 * keeps this worker between tasks (report-worker-protocol.ts), so the fonts are fetched once,
 * as soon as it starts, and every later export reuses them.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ReportWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

/** Each face fetched once for the worker's life; a failed fetch is tried again by the next task. */
const fontFiles: Record<FontFace, () => Promise<Uint8Array>> = {
  regular: loadOnce(() => browserFontLoader('regular')),
  bold: loadOnce(() => browserFontLoader('bold')),
  'latin-regular': loadOnce(() => browserFontLoader('latin-regular')),
  'latin-bold': loadOnce(() => browserFontLoader('latin-bold')),
};
const fonts: FontLoader = (face) => fontFiles[face]();
// Preloaded while the first request is on its way; a failure surfaces in the task that needs it.
for (const load of Object.values(fontFiles)) load().catch(() => undefined);
loadBundledCatalogues().catch(() => undefined);

scope.onmessage = async (event: MessageEvent<ReportWorkerRequest>) => {
  const request = event.data;
  try {
    const catalogues = await loadBundledCatalogues();
    if (request.kind === 'build') {
      const report = await buildReportPdf(request.bundle, {
        ...request.options,
        catalogues,
        fonts,
        onProgress: (progress) => post({ kind: 'progress', stage: progress.stage, fraction: progress.fraction }),
      });
      post({ kind: 'built', bytes: report.bytes, pages: report.pages, fingerprint: report.fingerprint, fileName: report.fileName }, [
        report.bytes.buffer,
      ]);
    } else {
      const result = await verifyReportPdf(request.bytes, {
        rebuild: reportRebuilder(catalogues, fonts),
        onProgress: (stage, fraction) => post({ kind: 'progress', stage, fraction }),
      });
      post({ kind: 'verified', result });
    }
  } catch (error) {
    const named = error as { name?: string; code?: string; detail?: string; message?: string };
    post({ kind: 'failed', name: named.name ?? 'Error', code: named.code, detail: named.detail, message: named.message ?? String(error) });
  }
};
