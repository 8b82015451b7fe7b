import { describe, expect, it } from 'vitest';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { DEMO_CATALOGUE_VERSION } from '@/demo/demo-assessment';
import { DEMO_RESERVATION } from '@/demo/demo-validation';
import { localize } from '@/domain/localized-text';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { buildDemoReport, demoReportData } from './report-fixtures';

/**
 * Issue 11, point 6: a table row of three lines or fewer never splits across pages (it moves whole
 * to the next one); longer rows may continue (tests/unit/report-continued-row.test.ts). In the
 * English round-1 demo the validation table's reservation row (three lines) reaches the foot of a
 * page: it used to split "Validated with" / "reservations" there. A longer row splits only where
 * each page keeps two of its lines or more.
 */

type Item = { type?: string; tag?: string; str?: string };
type PdfJsDocument = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(options: object): Promise<{ items: Item[] }> }>;
};

/** A page's real content (artifacts left out), with whitespace removed: pdf.js joins wrapped lines without a space. */
async function squeezedContent(doc: PdfJsDocument, pageNumber: number): Promise<string> {
  const stack: string[] = [];
  let content = '';
  for (const item of (await (await doc.getPage(pageNumber)).getTextContent({ includeMarkedContent: true })).items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag ?? '');
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (item.str !== undefined && !stack.includes('Artifact')) content += item.str;
  }
  return content.replace(/\s+/g, '');
}

describe('a short table row', () => {
  it('moves whole to the next page instead of splitting', async () => {
    const demo = demoReportData();
    const report = await buildReportPdf(demo.previous, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      now: new Date('2026-11-22T10:00:00Z'),
    });
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
      getDocument(options: object): { promise: Promise<PdfJsDocument> };
    };
    const doc = await pdfjs.getDocument({ data: report.bytes, verbosity: 0 }).promise;
    const row = `Well-beingofmigrantsValidatedwithreservations${DEMO_RESERVATION.replace(/\s+/g, '')}`;
    const pages: number[] = [];
    let rowStarts = 0;
    for (let page = 2; page <= doc.numPages; page += 1) {
      const content = await squeezedContent(doc, page);
      if (content.includes(row)) pages.push(page);
      if (content.includes('Well-beingofmigrantsValidatedwith')) rowStarts += 1;
    }
    // The whole row (domain, decision, reservation) on one page, and nowhere begun and cut.
    expect(pages).toHaveLength(1);
    expect(rowStarts).toBe(1);
    // The row moved to the top of the next page: the page before ends with the table's previous row.
    const before = await squeezedContent(doc, pages[0]! - 1);
    expect(before).toContain('PartnershipsValidated');
    expect(before).not.toContain('Well-beingofmigrants');
  }, 60_000);

  it('splits a longer row only where each page keeps at least two of its lines', async () => {
    const demo = demoReportData();
    const report = await buildDemoReport('en');
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
      getDocument(options: object): { promise: Promise<PdfJsDocument> };
    };
    const doc = await pdfjs.getDocument({ data: report.bytes, verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let page = 1; page <= doc.numPages; page += 1) pages.push(await squeezedContent(doc, page));
    const catalogue = findCatalogue(demo.catalogues, 'mgi-national', DEMO_CATALOGUE_VERSION)!;
    // In this demo these annex rows (four and five lines) reach the foot of a page: D6.3.4 left one
    // line of its question there, D4.2.1 carried the last line of its justification over.
    for (const id of ['D6.3.4', 'D4.2.1']) {
      const question = localize(catalogue.indicators.find((indicator) => indicator.id === id)!.question, 'en').replace(/\s+/g, '');
      const holding = pages.filter((content) => content.includes(`${id}${question}`));
      expect([id, holding.length]).toEqual([id, 1]);
      // The row's cells, up to the next row's id, end with its justification's last sentence.
      const content = holding[0]!;
      const start = content.indexOf(`${id}${question}`);
      const next = content.slice(start + id.length).search(/D\d\.\d\.\d/);
      const row = next < 0 ? content.slice(start) : content.slice(start, start + id.length + next);
      expect([id, row]).toEqual([id, expect.stringMatching(/gazettein2026\.$/)]);
    }
  }, 60_000);
});
