import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { buildDemoBundles, DEMO_CATALOGUE_VERSION } from '@/demo/demo-assessment';
import type { ReportBundle } from '@/report/report-input';
import type { BuildReportOptions } from '@/report/build-report-pdf';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { realCatalogueSet } from './catalogue-fixtures';

/** Shared by the report unit tests, the report command test and the browser test. */

export function demoReportData(): { catalogues: ReturnType<typeof realCatalogueSet>; bundle: ReportBundle; previous: ReportBundle } {
  const catalogues = realCatalogueSet();
  const catalogue = findCatalogue(catalogues, 'mgi-national', DEMO_CATALOGUE_VERSION);
  if (!catalogue) throw new Error('national catalogue missing');
  const [previous, bundle] = buildDemoBundles(catalogue);
  if (!previous || !bundle) throw new Error('demo rounds missing');
  return { catalogues, bundle, previous };
}

/** The demo's follow-up round as the report tests print it: Node's fonts, the baseline round for comparison, a fixed date. */
export function buildDemoReport(locale: 'en' | 'ar', options: Partial<BuildReportOptions> = {}): ReturnType<typeof buildReportPdf> {
  const demo = demoReportData();
  return buildReportPdf(demo.bundle, {
    locale,
    catalogues: demo.catalogues,
    fonts: nodeFontLoader,
    previous: demo.previous,
    now: new Date('2026-11-22T10:00:00Z'),
    ...options,
  });
}

/**
 * pdftotext output without the bidi controls poppler wraps right-to-left lines in, and without
 * the right-to-left marks the report's Arabic spaces and left-to-right runs carry (U+200F, see
 * docs/REPORT.md), as a search that ignores default-ignorable characters reads it.
 */
export function pdfText(file: string, mode: 'plain' | 'raw' = 'plain'): string {
  const text = execFileSync('pdftotext', [...(mode === 'raw' ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.replace(/[\u200F\u202A-\u202E]/g, '');
}

/** Whitespace collapsed, so text wrapped across lines of a table cell can be found whole. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Replaces the data attached to a report PDF with edited data while keeping the stored fingerprint:
 * what someone who altered the numbers inside a report would produce.
 */
export async function tamperReportPdf(bytes: Uint8Array, edit: (json: string) => string): Promise<Uint8Array> {
  const { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Filespec')) continue;
    const embedded = object.lookup(PDFName.of('EF'));
    const streamRef = embedded instanceof PDFDict ? embedded.get(PDFName.of('F')) : undefined;
    const stream = streamRef instanceof PDFRef ? pdf.context.lookup(streamRef) : undefined;
    if (!(streamRef instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const json = new TextDecoder().decode(decodePDFRawStream(stream).decode());
    const replacement = pdf.context.flateStream(new TextEncoder().encode(edit(json)), {
      Type: 'EmbeddedFile',
      Subtype: 'application/json',
    });
    pdf.context.assign(streamRef, replacement);
    void ref;
  }
  return pdf.save({ useObjectStreams: false });
}

/** Changes one shown string on a page, as someone editing a printed figure with a PDF editor would. */
export async function editPageText(bytes: Uint8Array, pageNumber: number): Promise<Uint8Array> {
  const { PDFDocument, PDFName, decodePDFRawStream } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = pdf.getPages()[pageNumber - 1]!;
  const stream = page.node.Contents() as Parameters<typeof decodePDFRawStream>[0];
  const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  // Swap the first two glyphs of the first string that starts with two different ones: "59" becomes "95".
  const edited = content.replace(
    /<([0-9a-f]{4})(?!\1)([0-9a-f]{4})([0-9a-f]*)> Tj/,
    (_all, a: string, b: string, rest: string) => `<${b}${a}${rest}> Tj`,
  );
  if (edited === content) throw new Error('no string to edit on that page');
  const replacement = pdf.context.flateStream(new Uint8Array([...edited].map((char) => char.charCodeAt(0))));
  page.node.set(PDFName.of('Contents'), pdf.context.register(replacement));
  return pdf.save({ useObjectStreams: false });
}

const ARABIC_WORD = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]+/g;
/** Arabic without harakat and tatweel, letter forms folded (NFKC): how words are compared. */
export function plainArabic(text: string): string {
  return text.normalize('NFKC').replace(/[\u064B-\u065F\u0670\u0640]/g, '');
}

let sourceWords: Set<string> | undefined;
/** Every Arabic word written in the app's sources and catalogues: what a report can print. */
export function sourceArabicWords(): Set<string> {
  if (sourceWords) return sourceWords;
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ts)$/.test(name))
        for (const word of plainArabic(readFileSync(path, 'utf8')).match(ARABIC_WORD) ?? []) words.add(word);
    }
  };
  walk('src');
  walk('indicators');
  sourceWords = words;
  return words;
}

/** Share of the Arabic words in `text` that exist in the sources: reversed or run-together words do not. */
export function arabicWordCoverage(text: string): { words: number; known: number; share: number; unknown: string[] } {
  const known = sourceArabicWords();
  const words = plainArabic(text).match(ARABIC_WORD) ?? [];
  const unknown = words.filter((word) => !known.has(word));
  return {
    words: words.length,
    known: words.length - unknown.length,
    share: words.length === 0 ? 0 : 1 - unknown.length / words.length,
    unknown,
  };
}
