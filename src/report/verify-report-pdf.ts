import type { PDFDict as PdfDict, PDFDocument } from 'pdf-lib';
import type { ReportBundle, ReportData } from './report-input';
import { ReportInputError, parseReportData } from './report-input';
import { DATA_ATTACHMENT, FINGERPRINT_KEY, MAX_VERIFY_BYTES, OPTIONS_KEY } from './report-names';
import type { ReportOptions } from './report-options';
import { parseReportOptions } from './report-options';
import { pageGlyphs } from './report-page-text';
import { sha256Hex } from '@/lib/sha256';
import { FIRST_DRAWING_VERSION, REPORT_DRAWING_VERSION } from './report-version';

/**
 * Checks a report PDF: finds the attached data, recomputes its SHA-256 and compares it with the
 * fingerprint printed at export, then rebuilds the report from that data with the options stored
 * in the PDF and compares the text of every page, naming the first page that differs. An integrity
 * check, not a signature: whoever changes the data can print a new fingerprint too.
 */

export { MAX_VERIFY_BYTES } from './report-names';

export type VerifyFailure =
  | 'too-large'
  | 'not-pdf'
  | 'unreadable'
  | 'foreign'
  | 'no-data'
  | 'no-fingerprint'
  | 'tampered'
  | 'invalid-data'
  | 'future-version'
  | 'pages-differ'
  | 'text-differs'
  | 'earlier-version'
  | 'later-version'
  | 'rebuild-failed';

export type VerifyResult =
  | {
      readonly ok: true;
      readonly bundle: ReportBundle;
      readonly data: ReportData;
      /** Computed from the attached data. */
      readonly fingerprint: string;
      /** As printed in (and stored with) the PDF. */
      readonly printedFingerprint: string;
      /** Pages whose text was compared with the rebuilt report (0 when no rebuild was asked). */
      readonly pagesChecked: number;
    }
  | {
      readonly ok: false;
      readonly reason: VerifyFailure;
      readonly detail?: string;
      readonly page?: number;
      readonly found?: number;
      readonly expected?: number;
      readonly printedFingerprint?: string;
      readonly fingerprint?: string;
    };

export type VerifyStage = 'reading' | 'data' | 'rebuilding' | 'comparing';
/** Builds the report again from its data, exactly as at export: the caller supplies fonts and catalogues. */
export type Rebuild = (data: ReportData, options: ReportOptions) => Promise<Uint8Array>;

export type VerifyOptions = { readonly rebuild?: Rebuild; readonly onProgress?: (stage: VerifyStage, fraction: number) => void };

export async function verifyReportPdf(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  const progress = options.onProgress ?? (() => undefined);
  if (bytes.length > MAX_VERIFY_BYTES) return { ok: false, reason: 'too-large', found: bytes.length, expected: MAX_VERIFY_BYTES };
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) return { ok: false, reason: 'not-pdf' };
  progress('reading', 0.05);
  const {
    PDFArray,
    PDFDict,
    PDFDocument: Pdf,
    PDFHexString,
    PDFName,
    PDFRawStream,
    PDFString,
    decodePDFRawStream,
  } = await import('pdf-lib');
  let pdf: PDFDocument;
  try {
    pdf = await Pdf.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  // A cut-off file can parse into objects without a document catalog.
  if (!((pdf.catalog as unknown) instanceof PDFDict)) return { ok: false, reason: 'unreadable', detail: 'no document catalog' };
  progress('data', 0.2);
  const textOf = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  const printed = info instanceof PDFDict ? textOf(info.lookup(PDFName.of(FINGERPRINT_KEY))) : null;
  const reportOptions = parseReportOptions(info instanceof PDFDict ? textOf(info.lookup(PDFName.of(OPTIONS_KEY))) : null);

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
  if (!(stream instanceof PDFRawStream)) return { ok: false, reason: printed ? 'no-data' : 'foreign' };
  if (!printed) return { ok: false, reason: 'no-fingerprint' };

  let content: Uint8Array;
  try {
    content = decodePDFRawStream(stream).decode();
  } catch (error) {
    return { ok: false, reason: 'tampered', detail: error instanceof Error ? error.message : String(error), printedFingerprint: printed };
  }
  const actual = await sha256Hex(content);
  if (actual !== printed.toLowerCase())
    return {
      ok: false,
      reason: 'tampered',
      detail: `expected ${printed}, found ${actual}`,
      printedFingerprint: printed,
      fingerprint: actual,
    };
  let data: ReportData;
  try {
    data = parseReportData(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch (error) {
    if (error instanceof ReportInputError && error.code === 'future-version')
      return { ok: false, reason: 'future-version', detail: error.detail };
    return { ok: false, reason: 'invalid-data', detail: error instanceof ReportInputError ? error.detail : String(error) };
  }
  let pagesChecked = 0;
  if (options.rebuild) {
    if (!reportOptions) return { ok: false, reason: 'foreign', detail: 'no report options' };
    progress('rebuilding', 0.3);
    let rebuilt: PDFDocument;
    try {
      rebuilt = await Pdf.load(await options.rebuild(data, reportOptions), { updateMetadata: false });
    } catch (error) {
      return { ok: false, reason: 'rebuild-failed', detail: error instanceof Error ? error.message : String(error) };
    }
    progress('comparing', 0.9);
    const [found, expected] = await Promise.all([pageGlyphs(pdf), pageGlyphs(rebuilt)]);
    const differing = expected.findIndex((page, index) => found[index] !== page);
    // Pages drawn by another version differ without being edited: say so instead of "changed".
    // The data itself matched its fingerprint above, and the fingerprint covers `producedBy`.
    const drawing = data.producedBy?.drawing ?? FIRST_DRAWING_VERSION;
    if ((differing >= 0 || found.length !== expected.length) && drawing !== REPORT_DRAWING_VERSION)
      return {
        ok: false,
        reason: drawing < REPORT_DRAWING_VERSION ? 'earlier-version' : 'later-version',
        ...(data.producedBy ? { detail: data.producedBy.app } : {}),
        found: drawing,
        expected: REPORT_DRAWING_VERSION,
        printedFingerprint: printed,
        fingerprint: actual,
      };
    if (differing >= 0) return { ok: false, reason: 'text-differs', page: differing + 1, printedFingerprint: printed, fingerprint: actual };
    if (found.length !== expected.length) return { ok: false, reason: 'pages-differ', found: found.length, expected: expected.length };
    pagesChecked = found.length;
  }
  progress('comparing', 1);
  return { ok: true, bundle: data.bundle, data, fingerprint: actual, printedFingerprint: printed, pagesChecked };
}
