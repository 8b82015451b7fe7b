import type { PDFDocument } from 'pdf-lib';
import { utf8 } from '@/lib/sha256';
import { DATA_ATTACHMENT, FINGERPRINT_KEY, OPTIONS_KEY } from './report-names';
import type { ReportOptions } from './report-options';
import { writeStructure } from './pdf-structure';
import { deflateStreams } from './pdf-deflate';
import { LIGATURE_LETTERS, mirrorOf, RLM_GLYPH } from './pdf-bidi';
import { ARABIC_FONT } from './pdf-fonts';
import type { StructNode } from './pdf-tags';

/**
 * The last step of every report, with pdf-lib (loaded only here): UTF-16 document metadata, the
 * attached data (if any) with its SHA-256, a text layer that searches as Arabic, and the structure
 * tree, XMP and bookmarks (pdf-structure.ts).
 */

export { DATA_ATTACHMENT, FINGERPRINT_KEY } from './report-names';

export type PdfMetadata = {
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  readonly author: string;
  readonly language: string;
  readonly date: Date;
};

export async function finishPdf(
  bytes: Uint8Array,
  metadata: PdfMetadata,
  data: { json: string; fingerprint: string } | null,
  options: ReportOptions,
  structure: { readonly root: StructNode; readonly rtl: boolean },
): Promise<Uint8Array> {
  const { AFRelationship, PDFDocument: Pdf, PDFName, PDFString } = await import('pdf-lib');
  const pdf = await Pdf.load(bytes, { updateMetadata: false });
  await deflateStreams(pdf);
  const producer = 'MGI Workbench report (jsPDF, pdf-lib)';
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setSubject(metadata.subject);
  pdf.setKeywords([...metadata.keywords]);
  pdf.setCreator(metadata.creator);
  pdf.setAuthor(metadata.author);
  pdf.setProducer(producer);
  pdf.setLanguage(metadata.language);
  pdf.setCreationDate(metadata.date);
  pdf.setModificationDate(metadata.date);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  if (info && 'set' in info) {
    const set = (info as { set(key: unknown, value: unknown): void }).set.bind(info);
    set(PDFName.of(FINGERPRINT_KEY), PDFString.of(options.fingerprint));
    set(PDFName.of(OPTIONS_KEY), PDFString.of(JSON.stringify(options)));
  }
  if (data) {
    await pdf.attach(utf8(data.json), DATA_ATTACHMENT, {
      mimeType: 'application/json',
      description: `MGI Workbench assessment data, SHA-256 ${data.fingerprint}`,
      creationDate: metadata.date,
      modificationDate: metadata.date,
      afRelationship: AFRelationship.Data,
    });
  }
  await searchableArabic(pdf);
  await writeStructure(pdf, structure.root, { ...metadata, producer, rtl: structure.rtl });
  await new Promise<void>((resolve) => setTimeout(resolve));
  return pdf.save({ useObjectStreams: false });
}

/** Hex of a string's UTF-16 code units, as ToUnicode CMaps write destination strings. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return hex;
}

/**
 * jsPDF draws Arabic with presentation-form glyphs (U+FB50–FDFF, U+FE70–FEFF) and maps them back
 * to those same code points, so copied or searched text is not the Arabic users type. Each font's
 * ToUnicode map is rewritten: a letter form to its letter (NFKC: ﻟ → ل), a ligature to its first
 * letter (pdf-text.ts draws the others invisibly after it, LIGATURE_LETTERS), and in the Arabic
 * face, which draws brackets only inside right-to-left runs and then with the mirror's glyph, each
 * mirrored glyph to the bracket typed (the glyph of ")" to "(").
 */
export async function searchableArabic(pdf: PDFDocument): Promise<number> {
  const { PDFDict, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } = await import('pdf-lib');
  let rewritten = 0;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef)) continue;
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const arabicFace = String(object.get(PDFName.of('BaseFont'))).includes(ARABIC_FONT);
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const fixed = cmap.replace(/<([0-9a-fA-F]{4})><([0-9a-fA-F]{4})>/g, (whole, glyph: string, unicode: string) => {
      const char = String.fromCharCode(Number.parseInt(unicode, 16));
      if (arabicFace && char === ' ') return `<${glyph}><200f0020>`;
      if (arabicFace && char === RLM_GLYPH) return `<${glyph}><200f>`;
      if (arabicFace && char === ' ') return `<${glyph}><200f0020>`;
      const mirror = arabicFace ? mirrorOf(char) : null;
      if (mirror) return `<${glyph}><${utf16Hex(mirror)}>`;
      const code = char.charCodeAt(0);
      const presentationForm = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
      if (!presentationForm) return whole;
      const letters = LIGATURE_LETTERS.get(char) ?? char.normalize('NFKC');
      return `<${glyph}><${utf16Hex([...letters][0] ?? char)}>`;
    });
    if (fixed === cmap) continue;
    pdf.context.assign(ref, pdf.context.flateStream(fixed));
    rewritten += 1;
  }
  return rewritten;
}
