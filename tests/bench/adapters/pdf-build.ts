import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { newestCatalogue } from '@/catalog/catalogue-lookup';
import { buildDemoBundles } from '@/demo/demo-assessment';
import type { Locale } from '@/domain/localized-text';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import type { BenchContext } from '../context';
import { bareJsPdf } from '../pdf-floor';
import { figure, fixedFigure } from '../stats';
import type { Figure } from '../stats';
import type { BenchAdapter } from '../steps/adapters';

/**
 * The country profile PDF built headless in Node with the report module (what `npm run report
 * -- --demo` does): the demo's follow-up round compared with its baseline, in English and Arabic.
 * The first build of each language is a warm-up (font parsing, module compilation) and is
 * reported separately; the figure is the median of the builds after it. Its floor, measured in
 * the same run right after each build: jsPDF alone writing as many characters on as many pages
 * in a standard face (pdf-floor.ts), so the ratio is what the report's typesetting and structure
 * cost over bare PDF writing. adapters/pdf-worker.ts times the same build as users meet it.
 */

export const benchAdapter: BenchAdapter = {
  label: 'PDF of the demo profile (report module in Node)',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const catalogues = await loadBundledCatalogues();
    const catalogue = newestCatalogue(catalogues.catalogues, 'mgi-national');
    if (!catalogue) throw new Error('bench: no national catalogue');
    const [previous, bundle] = buildDemoBundles(catalogue);
    if (!previous || !bundle) throw new Error('bench: the demo has two rounds');
    const runs = Math.max(3, Math.min(ctx.runs, 7));
    const figures: Figure[] = [];
    const now = new Date('2026-11-22T12:00:00Z');
    for (const locale of ['en', 'ar'] as const satisfies readonly Locale[]) {
      const samples: number[] = [];
      const floor: number[] = [];
      let bytes = 0;
      let pages = 0;
      let first = 0;
      for (let run = 0; run <= runs; run += 1) {
        const start = performance.now();
        const report = await buildReportPdf(bundle, { locale, catalogues, fonts: nodeFontLoader, previous, now });
        const ms = performance.now() - start;
        if (run === 0) first = ms;
        else samples.push(ms);
        bytes = report.bytes.length;
        pages = report.pages;
        // The characters the pages print: what the check compares (every string shown, one glyph = 4 hex digits).
        const { PDFDocument } = await import('pdf-lib');
        const { pageGlyphs } = await import('@/report/report-page-text');
        const glyphs = (await pageGlyphs(await PDFDocument.load(report.bytes))).join('').replace(/[^0-9a-f]/g, '').length / 4;
        const bare = await bareJsPdf(glyphs, pages);
        if (run > 0) floor.push(bare.ms);
      }
      const name = locale === 'en' ? 'English' : 'Arabic';
      figures.push(
        figure({
          id: `pdf.node.${locale}`,
          group: 'pdf (Node)',
          label: `build the demo profile PDF in ${name} (buildReportPdf; first build ${Math.round(first)} ms)`,
          samples,
          baseline: { label: 'jsPDF alone, same characters and pages', samples: floor },
        }),
        fixedFigure({
          id: `pdf.node.${locale}.size`,
          group: 'pdf (Node)',
          label: `demo profile PDF in ${name}: size (${pages} pages)`,
          unit: 'kB',
          value: bytes / 1024,
        }),
      );
    }
    return figures;
  },
};
