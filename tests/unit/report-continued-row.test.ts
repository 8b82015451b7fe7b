import { describe, expect, it } from 'vitest';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { DEMO_CATALOGUE_VERSION } from '@/demo/demo-assessment';
import { localize } from '@/domain/localized-text';
import { demoReportData } from './report-fixtures';

/**
 * Issue 11, point 6: a table row whose justification runs onto the next page repeats, there, the
 * indicator's id and its question shortened to one line (as artifacts, so a screen reader reads
 * the row once), and the justification goes on as the row's own text.
 */

type Item = { type?: string; tag?: string; str?: string };
type PdfJsDocument = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(options: object): Promise<{ items: Item[] }> }>;
};

/** The page's text split into what is marked as an artifact and what is real content. */
async function pageText(doc: PdfJsDocument, pageNumber: number): Promise<{ artifacts: string[]; content: string }> {
  const stack: string[] = [];
  const artifacts: string[] = [];
  let content = '';
  for (const item of (await (await doc.getPage(pageNumber)).getTextContent({ includeMarkedContent: true })).items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag ?? '');
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (item.str !== undefined) {
      if (stack.includes('Artifact')) artifacts.push(item.str);
      else content += item.str;
    }
  }
  return { artifacts, content };
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('a table row continued on the next page', () => {
  it('repeats the indicator id and a shortened question, and goes on with the justification', async () => {
    const demo = demoReportData();
    const catalogue = findCatalogue(demo.catalogues, 'mgi-national', DEMO_CATALOGUE_VERSION)!;
    const indicator = catalogue.indicators[0]!;
    // Numbered sentences, so the part on the next page can be recognised.
    const sentences = Array.from({ length: 90 }, (_, index) => `Finding number ${index + 1} of the working group on this law.`);
    const bundle = {
      ...demo.bundle,
      responses: demo.bundle.responses.map((response) =>
        response.indicatorId === indicator.id
          ? { ...response, notApplicable: false, justification: sentences.join(' '), translations: undefined }
          : response,
      ),
    };
    const report = await buildReportPdf(bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      now: new Date('2026-11-22T10:00:00Z'),
      extras: { indicatorTable: true, answerCounts: false, sdg: false, gcm: false, comparison: false },
    });
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
      getDocument(options: object): { promise: Promise<PdfJsDocument> };
    };
    const doc = await pdfjs.getDocument({ data: report.bytes, verbosity: 0 }).promise;
    const question = localize(indicator.question, 'en').replace(/\s+/g, ' ');
    let continued = 0;
    for (let page = 2; page <= doc.numPages; page += 1) {
      const { artifacts, content } = await pageText(doc, page);
      const shortened = artifacts.join('').match(/([^…]*)…/);
      if (!artifacts.some((text) => text.trim() === indicator.id) || !shortened) continue;
      continued = page;
      // One line of the question, cut with an ellipsis: its start, shorter than the whole.
      const start = shortened[1]!
        .replace(/\s+/g, ' ')
        .trim()
        .replace(new RegExp(`^.*${indicator.id.replace(/\./g, '\\.')}`), '')
        .trim();
      expect(start.length).toBeGreaterThan(10);
      expect(question.startsWith(start)).toBe(true);
      expect(start.length).toBeLessThan(question.length);
      // The justification goes on here as the row's content, not as an artifact.
      // (pdf.js joins wrapped lines without a space, so spaces are left out of the comparison.)
      expect(squeezed(content)).toContain('Findingnumber90oftheworkinggroup');
      expect(squeezed(content)).not.toContain('Findingnumber1oftheworkinggroup');
      break;
    }
    expect(continued).toBeGreaterThan(0);
    // On the row's first page the id and the question are its content.
    const first = await pageText(doc, continued - 1);
    expect(first.content).toContain(indicator.id);
    expect(squeezed(first.content)).toContain('Findingnumber1oftheworkinggroup');
  }, 60_000);
});
