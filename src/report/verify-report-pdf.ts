import type { PDFDict as PdfDict } from 'pdf-lib';
import type { ReportBundle, ReportData } from './report-input';
import { ReportInputError, parseReportData } from './report-input';
import { DATA_ATTACHMENT, FINGERPRINT_KEY } from './pdf-embed';
import { sha256Hex } from './sha256';

/**
 * Re-imports a report PDF: finds the attached assessment data, recomputes its SHA-256 and compares
 * it with the fingerprint stored at export. Any edit to the data (or a PDF not made here) fails
 * with a specific reason the screen translates.
 */

export type VerifyFailure = 'not-pdf' | 'unreadable' | 'no-data' | 'no-fingerprint' | 'tampered' | 'invalid-data';

export type VerifyResult =
  | { readonly ok: true; readonly bundle: ReportBundle; readonly data: ReportData; readonly fingerprint: string }
  | { readonly ok: false; readonly reason: VerifyFailure; readonly detail?: string };

export async function verifyReportPdf(bytes: Uint8Array): Promise<VerifyResult> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) return { ok: false, reason: 'not-pdf' };
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream } = await import('pdf-lib');
  let pdf: Awaited<ReturnType<typeof PDFDocument.load>>;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  const textOf = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

  // The EmbeddedFiles name tree: [name, filespec, name, filespec, …], possibly split into Kids.
  const findFile = (node: unknown): PdfDict | null => {
    if (!(node instanceof PDFDict)) return null;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let index = 0; index + 1 < names.size(); index += 2) {
        const spec = names.lookup(index + 1);
        if (textOf(names.lookup(index)) === DATA_ATTACHMENT && spec instanceof PDFDict) return spec;
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let index = 0; index < kids.size(); index += 1) {
        const found = findFile(kids.lookup(index));
        if (found) return found;
      }
    }
    return null;
  };
  const names = pdf.catalog.lookup(PDFName.of('Names'));
  const spec = names instanceof PDFDict ? findFile(names.lookup(PDFName.of('EmbeddedFiles'))) : null;
  const embedded = spec?.lookup(PDFName.of('EF'));
  const stream = embedded instanceof PDFDict ? embedded.lookup(PDFName.of('F')) : undefined;
  if (!(stream instanceof PDFRawStream)) return { ok: false, reason: 'no-data' };

  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  const expected = info instanceof PDFDict ? textOf(info.lookup(PDFName.of(FINGERPRINT_KEY))) : null;
  if (!expected) return { ok: false, reason: 'no-fingerprint' };

  let content: Uint8Array;
  try {
    content = decodePDFRawStream(stream).decode();
  } catch (error) {
    return { ok: false, reason: 'tampered', detail: error instanceof Error ? error.message : String(error) };
  }
  const actual = await sha256Hex(content);
  if (actual !== expected.toLowerCase()) return { ok: false, reason: 'tampered', detail: `expected ${expected}, found ${actual}` };
  try {
    const data = parseReportData(new TextDecoder('utf-8', { fatal: true }).decode(content));
    return { ok: true, bundle: data.bundle, data, fingerprint: actual };
  } catch (error) {
    return { ok: false, reason: 'invalid-data', detail: error instanceof ReportInputError ? error.detail : String(error) };
  }
}
