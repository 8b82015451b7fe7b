import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE } from '@/report/pdf-writer';
import { arabicWordCoverage, buildDemoReport, plainArabic } from './report-fixtures';

/**
 * The demo report read back by three independent readers (pdf.js, poppler, MuPDF): Arabic fills
 * the column, extracts in reading order, and the file is tagged with a structure tree.
 */

type TextItem = { str: string; transform: number[]; width: number };
type PdfJsDocument = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItem[] }>; getStructTree(): Promise<StructTreeNode | null> }>;
};
type StructTreeNode = { role?: string; alt?: string; lang?: string; children?: StructTreeNode[]; type?: string };
const dir = mkdtempSync(join(tmpdir(), 'mgi-typesetting-'));
const files: Record<'en' | 'ar', string> = { en: join(dir, 'en.pdf'), ar: join(dir, 'ar.pdf') };
const docs: Partial<Record<'en' | 'ar', PdfJsDocument>> = {};
const MM_TO_PT = 72 / 25.4;

async function openWithPdfJs(file: string): Promise<PdfJsDocument> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
    getDocument(options: object): { promise: Promise<PdfJsDocument> };
  };
  const { readFileSync } = await import('node:fs');
  return pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
}

beforeAll(async () => {
  for (const locale of ['en', 'ar'] as const) {
    const report = await buildDemoReport(locale);
    writeFileSync(files[locale], report.bytes);
    docs[locale] = await openWithPdfJs(files[locale]);
  }
}, 120_000);

/** Widths (pt) of the text lines of one page between header and footer, from pdf.js positions. */
async function lineWidths(doc: PdfJsDocument, pageNumber: number): Promise<number[]> {
  const page = await doc.getPage(pageNumber);
  const lines = new Map<number, { min: number; max: number }>();
  const top = (297 - PAGE.top) * MM_TO_PT;
  const bottom = (297 - PAGE.bottom) * MM_TO_PT;
  for (const item of (await page.getTextContent()).items) {
    if (!('transform' in item) || !item.str.trim()) continue;
    const [a = 0, , , d = 0, x = 0, y = 0] = item.transform;
    // Body text only: upright, between the running header and the footer.
    if (a <= 0 || d <= 0 || y > top || y < bottom) continue;
    const key = Math.round(y);
    const line = lines.get(key) ?? { min: Infinity, max: -Infinity };
    line.min = Math.min(line.min, x);
    line.max = Math.max(line.max, x + item.width);
    lines.set(key, line);
  }
  return [...lines.values()].map((line) => line.max - line.min);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

// A ceiling, not a speed check: these read every page of both demo PDFs with pdf.js, poppler or MuPDF,
// which takes seconds on a busy two-core machine.
const PDF_READING_CEILING = 30_000;

describe('Arabic typesetting', { timeout: PDF_READING_CEILING }, () => {
  it('fills the column: the widest page’s 75th-percentile line is at least 0.9 of the column', async () => {
    const column = (PAGE.width - 2 * PAGE.margin) * MM_TO_PT;
    const doc = docs.ar!;
    let widest = 0;
    for (let page = 3; page <= doc.numPages; page += 1) {
      const widths = await lineWidths(doc, page);
      if (widths.length >= 8) widest = Math.max(widest, percentile(widths, 0.75));
    }
    expect(widest / column).toBeGreaterThanOrEqual(0.9);
    expect(widest / column).toBeLessThanOrEqual(1.005);
  });

  type Reader = 'poppler' | 'MuPDF' | 'pdf.js';
  /**
   * The whole Arabic demo as each reader extracts it. A space between right-to-left words
   * extracts as U+200F U+0020 in all three (pdf.js drops a glyph that maps to a space alone when
   * text moves leftwards), and invisible U+200F marks end left-to-right runs (for poppler); both
   * are removed here, as any search that ignores default-ignorable characters does.
   */
  async function extracted(reader: Reader): Promise<string> {
    let text = '';
    if (reader === 'poppler')
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', files.ar, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    else if (reader === 'MuPDF')
      text = execFileSync('mutool', ['draw', '-F', 'txt', '-o', '-', files.ar], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    else
      for (let page = 1; page <= docs.ar!.numPages; page += 1)
        for (const item of (await (await docs.ar!.getPage(page)).getTextContent()).items)
          text += item.str + ((item as { hasEOL?: boolean }).hasEOL ? '\n' : '');
    return text.replace(/[\u200F\u202A-\u202E]/g, '');
  }

  it.each<Reader>(['poppler', 'MuPDF', 'pdf.js'])(
    '%s extracts Arabic words with their spaces, brackets and neutrals in reading order',
    async (reader) => {
      const text = await extracted(reader);
      expect(text).toContain('المهاجرين');
      expect(text).toContain('الهجرة');
      expect(text).not.toContain('نيرجاهملا');
      // Words separated by spaces, brackets around Arabic, lam-alef ligatures letter by letter.
      expect(text).toContain('ديمولاند (بيانات تجريبية)');
      expect(text).not.toContain(')بيانات');
      expect(text).not.toContain('ديموالند');
      expect(plainArabic(text)).toContain('الاستراتيجية الوطنية للهجرة');
      expect(plainArabic(text)).toContain('إلا');
      // A list of codes joined by Arabic commas keeps its order; the comma stays after its word.
      expect(text).toContain('D1.1.1، D1.1.2، D1.1.3');
      expect(text).not.toMatch(/ \u060C/);
      // A number keeps its spaces on both sides ("المادة 12 من", not "المادة  12من"), brackets round it.
      expect(text).toContain('الجولة 2 (2026)');
      expect(text).toMatch(/المادة \d+، المادة \d+/);
      const articles = text.split('\n').filter((line) => line.includes('المادة'));
      expect(articles.length).toBeGreaterThan(20);
      expect(articles.filter((line) => /[0-9][\u0621-\u064A]|\s\s[0-9]/.test(line))).toEqual([]);
      const coverage = arabicWordCoverage(text);
      expect(coverage.words).toBeGreaterThan(5000);
      // poppler splits the diagonal watermark into letters and still cuts a few words (docs/REPORT.md);
      // it cut every ينظّم and تحسّن (4.3 % of its words) while a mark stood on its base letter's edge.
      expect(coverage.share).toBeGreaterThanOrEqual(reader === 'poppler' ? 0.98 : 0.995);
    },
  );
});

describe('tagged PDF', { timeout: PDF_READING_CEILING }, () => {
  it('says Tagged to poppler, with the document language and right-to-left reading for Arabic', async () => {
    for (const locale of ['en', 'ar'] as const)
      expect(execFileSync('pdfinfo', [files[locale]], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const { PDFDocument, PDFDict, PDFName, PDFString, decodePDFRawStream } = await import('pdf-lib');
    const { readFileSync } = await import('node:fs');
    const pdf = await PDFDocument.load(readFileSync(files.ar));
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('ar');
    expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('Direction'))).toBe(PDFName.of('R2L'));
    const xmp = new TextDecoder().decode(
      decodePDFRawStream(pdf.catalog.lookup(PDFName.of('Metadata')) as Parameters<typeof decodePDFRawStream>[0]).decode(),
    );
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('مؤشرات حوكمة الهجرة');
  });

  it('has headings, lists, tables with header scope and figures with alternative text from the data', async () => {
    const roles = new Map<string, StructTreeNode[]>();
    const visit = (node: StructTreeNode) => {
      if (node.role) roles.set(node.role, [...(roles.get(node.role) ?? []), node]);
      node.children?.forEach(visit);
    };
    for (let page = 1; page <= docs.en!.numPages; page += 1) {
      const tree = await (await docs.en!.getPage(page)).getStructTree();
      if (tree) visit(tree);
    }
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure', 'TOC', 'Link'])
      expect([role, roles.has(role)]).toEqual([role, true]);
    const figures = roles.get('Figure') ?? [];
    expect(figures.every((figure) => (figure.alt ?? '').length > 20)).toBe(true);
    expect(figures[0]?.alt).toMatch(/^Answers by domain\. Migrants. rights: Well developed \d+/);
  });

  it('keeps running headers, footers and the watermark out of the text a screen reader gets', async () => {
    const raw = execFileSync('qpdf', ['--qdf', '--object-streams=disable', files.en, '-'], {
      encoding: 'latin1',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(raw).toContain('/Artifact <</Type /Pagination /Subtype /Header>> BDC');
    expect(raw).toContain('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC');
  });
});

describe('pagination', { timeout: PDF_READING_CEILING }, () => {
  type Line = { tag: string; y: number };
  /** The tagged (non-artifact) text lines of a page in drawing order, each with its structure tag. */
  async function taggedLines(doc: PdfJsDocument, pageNumber: number): Promise<Line[]> {
    const page = (await doc.getPage(pageNumber)) as unknown as {
      getTextContent(options: object): Promise<{ items: ({ type?: string; tag?: string } & Partial<TextItem>)[] }>;
    };
    const stack: string[] = [];
    const lines: Line[] = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag ?? '');
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str?.trim() && !stack.includes('Artifact')) {
        const tag = stack[stack.length - 1] ?? '';
        const y = Math.round(item.transform?.[5] ?? 0);
        const last = lines[lines.length - 1];
        if (!last || last.tag !== tag || last.y !== y) lines.push({ tag, y });
      }
    }
    return lines;
  }

  it('never ends a page with a heading or a table head, and a heading keeps two lines after it', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const doc = docs[locale]!;
      for (let page = 2; page < doc.numPages; page += 1) {
        const lines = await taggedLines(doc, page);
        const last = lines[lines.length - 1];
        expect([locale, page, last?.tag]).not.toEqual([locale, page, expect.stringMatching(/^(H[1-3]|TH)$/)]);
        // Fewer than two lines after a heading only when its text ends there: the next page opens with a heading.
        const nextOpensWithHeading = /^H[1-3]$/.test((await taggedLines(doc, page + 1))[0]?.tag ?? '');
        lines.forEach((line, index) => {
          if (!/^H[1-3]$/.test(line.tag)) return;
          const after = new Set(
            lines
              .slice(index + 1)
              .filter((next) => !/^H[1-3]$/.test(next.tag))
              .map((next) => next.y),
          );
          const kept = after.size >= 2 || nextOpensWithHeading;
          expect([locale, page, line.tag, kept]).toEqual([locale, page, line.tag, true]);
        });
      }
    }
  });

  it('never leaves one line alone on a page: a domain’s last finding takes the line before it along', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const doc = docs[locale]!;
      for (let page = 2; page <= doc.numPages; page += 1) {
        // Body lines only: running header, footer and watermark are artifacts.
        const lines = new Set((await taggedLines(doc, page)).map((line) => line.y));
        expect([locale, page, lines.size]).not.toEqual([locale, page, 1]);
      }
    }
  });
});

describe('typography', { timeout: PDF_READING_CEILING }, () => {
  it('embeds subsets of a Latin text face and of Amiri, with tagged names', () => {
    const fonts = execFileSync('pdffonts', [files.en], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((line) => /^[A-Z]{6}\+SourceSerif4/.test(line))).toBe(true);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('sets nothing smaller than 8.5 pt', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const doc = docs[locale]!;
      let smallest = Infinity;
      for (let page = 1; page <= doc.numPages; page += 1) {
        for (const item of (await (await doc.getPage(page)).getTextContent()).items) {
          if (!item.str.trim()) continue;
          // The height of the type: the invisible ligature letters are squeezed (Tz), not smaller.
          const [, , c = 0, d = 0] = item.transform;
          smallest = Math.min(smallest, Math.hypot(c, d));
        }
      }
      expect(smallest).toBeGreaterThanOrEqual(8.49);
    }
  });
});
