import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoReport } from './report-fixtures';

/**
 * Texts that share a line (a contents title and its page number, the footer note and the page
 * label) read as separate words in the readers that take drawing order (MuPDF, pdf.js) as well
 * as in poppler, in both languages.
 */

type PdfJsDocument = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str: string; hasEOL?: boolean }[] }> }>;
};
type Locale = 'en' | 'ar';
type Reader = 'MuPDF' | 'pdf.js' | 'poppler';
const dir = mkdtempSync(join(tmpdir(), 'mgi-extraction-'));
const files: Record<Locale, string> = { en: join(dir, 'en.pdf'), ar: join(dir, 'ar.pdf') };
const pageCount: Partial<Record<Locale, number>> = {};

beforeAll(async () => {
  for (const locale of ['en', 'ar'] as const) {
    const report = await buildDemoReport(locale);
    writeFileSync(files[locale], report.bytes);
    pageCount[locale] = report.pages;
  }
}, 120_000);

/** One page (or the whole file) as a reader extracts it (poppler keeping the layout; pdf.js items joined, a newline at `hasEOL`). */
async function extract(reader: Reader, locale: Locale, page?: number): Promise<string> {
  const range = page ? [String(page)] : [];
  if (reader === 'MuPDF')
    return execFileSync('mutool', ['draw', '-F', 'txt', '-o', '-', files[locale], ...range], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  if (reader === 'poppler')
    return execFileSync(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', ...(page ? ['-f', range[0]!, '-l', range[0]!] : []), files[locale], '-'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
    getDocument(options: object): { promise: Promise<PdfJsDocument> };
  };
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(files[locale])), verbosity: 0 }).promise;
  let text = '';
  const pages = page ? [page] : Array.from({ length: doc.numPages }, (_, index) => index + 1);
  for (const number of pages)
    for (const item of (await (await doc.getPage(number)).getTextContent()).items) text += item.str + (item.hasEOL ? '\n' : '');
  return text;
}

/** Without the invisible right-to-left marks and bidi controls (docs/REPORT.md), as a search that ignores them reads it. */
const visible = (text: string) => text.replace(/[\u200F\u202A-\u202E]/g, '');

const CONTENTS = {
  en: { first: /About this profile\s+\d+/, label: /(^|\s)Page \d+ of \d+/gm, joined: /\S(Page \d)/ },
  ar: { first: /عن هذا الملف\s+\d+/, label: /(^|\s)الصفحة \d+ من \d+/gm, joined: /\S(الصفحة \d)/ },
} as const;

// A ceiling, not a speed check: each reads a whole demo PDF on a busy two-core machine.
const PDF_READING_CEILING = 30_000;

describe('texts sharing a line', { timeout: PDF_READING_CEILING }, () => {
  const cases = (['MuPDF', 'pdf.js', 'poppler'] as const).flatMap((reader) =>
    (['en', 'ar'] as const).map((locale) => [reader, locale] as const),
  );

  it.each(cases)('%s (%s): every contents title is separated from its page number', async (reader, locale) => {
    const text = visible(await extract(reader, locale, 2));
    expect(text).toMatch(CONTENTS[locale].first);
    // No word of a title runs into a page number (e.g. "الملف3").
    expect(text).not.toMatch(/[\p{L}][0-9\u0660-\u0669]/u);
    expect(text.match(/\S\s+[0-9\u0660-\u0669]+(?=\s|$)/gmu)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('%s (%s): the footer note is separated from the page label on every page', async (reader, locale) => {
    const text = visible(await extract(reader, locale));
    // The note ends with a year: "2026الصفحة 5 من 29" was one word in MuPDF and pdf.js.
    expect(text).not.toMatch(CONTENTS[locale].joined);
    // poppler keeps the layout (label, gap, note in an Arabic line); the others read note then label.
    if (reader !== 'poppler') expect(text).toMatch(/\d{4}\s+(Page|الصفحة) \d/);
    // The cover has no footer.
    expect(text.match(CONTENTS[locale].label)?.length).toBe(pageCount[locale]! - 1);
  });
});
