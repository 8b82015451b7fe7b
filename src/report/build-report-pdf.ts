import type { Locale } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import { formatNumber } from '@/i18n/format';
import type { ChartRenderer } from './pdf-chart-painter';
import { vectorChartRenderer } from './pdf-chart-painter';
import { renderSection } from './pdf-blocks';
import { installTextEngine, newReportDocument } from './pdf-text';
import { finishPdf } from './pdf-embed';
import type { FontLoader } from './pdf-fonts';
import { loadFonts, registerFonts } from './pdf-fonts';
import type { ContentsEntry } from './pdf-frame';
import { renderContents, renderCover, renderHeadersAndFooters, renderWatermark } from './pdf-frame';
import { PdfWriter } from './pdf-writer';
import type { ReportCatalogues, Translate } from './report-context';
import { resolveReportContext } from './report-context';
import type { ReportBundle } from './report-input';
import { serializeReportData, toReportData } from './report-input';
import type { ReportProducer } from './report-version';
import { CURRENT_PRODUCER } from './report-version';
import type { ReportModel } from './report-model';
import { buildReportModel } from './report-model';
import { reportTranslator } from './report-strings';
import { sha256Hex, utf8 } from '@/lib/sha256';
import type { Rebuild } from './verify-report-pdf';
import type { AttachmentPolicy } from './report-attachment';
import { attachedReportData, publicReportData } from './report-attachment';
import type { ReportDigits } from './report-options';
import { reportLocalizer } from './report-options';

/**
 * Builds the country profile PDF from one assessment bundle: the same code in the browser (the
 * export button), in Node (npm run report) and in benchmarks. It yields to the event loop between
 * sections so the page stays responsive while a report of some forty pages is laid out.
 */

export type ReportStage = 'fonts' | 'content' | 'pages' | 'finishing';
export type ReportProgress = { readonly stage: ReportStage; readonly fraction: number };

export type BuildReportOptions = {
  readonly locale: Locale;
  readonly catalogues: ReportCatalogues;
  readonly fonts: FontLoader;
  /** The previous round's bundle, for the round comparison. */
  readonly previous?: ReportBundle | null;
  readonly onProgress?: (progress: ReportProgress) => void;
  /** The report date; defaults to now. */
  readonly now?: Date;
  readonly translate?: Translate;
  /** Another chart renderer than the built-in vector painter (pdf-chart-painter.ts). */
  readonly chartRenderer?: ChartRenderer;
  /** Which extras to print; defaults to a publication's once validated, a working draft's before. */
  readonly extras?: ReportExtras | undefined;
  /** What the PDF carries as a file: public data (default), nothing, or the full record of an internal draft. */
  readonly attachment?: AttachmentPolicy;
  /** Arabic reports only: Arabic-Indic digits and Iraqi month names instead of Western digits. */
  readonly digits?: ReportDigits;
  /** Who made the report, stored in the attached data: this app by default; null writes none (a rebuild of an old report). */
  readonly producedBy?: ReportProducer | null;
};

export type BuiltReport = {
  readonly bytes: Uint8Array;
  readonly pages: number;
  readonly fingerprint: string;
  readonly fileName: string;
  readonly model: ReportModel;
};

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve));

export async function buildReportPdf(bundle: ReportBundle, options: BuildReportOptions): Promise<BuiltReport> {
  const { locale } = options;
  const progress = (stage: ReportStage, fraction: number) => options.onProgress?.({ stage, fraction });
  progress('fonts', 0);
  const [fonts, t] = await Promise.all([loadFonts(options.fonts), options.translate ?? reportTranslator(locale)]);
  progress('content', 0.1);
  const full = toReportData({ format: 'mgi-report-data', version: 1, bundle, previous: options.previous ?? null });
  const attachment = options.attachment ?? 'public';
  // Refuses the full record of a published assessment before any work is done.
  const attached = attachedReportData(full, attachment);
  const pageData = publicReportData(full);
  const json = serializeReportData(attached ?? pageData, options.producedBy === undefined ? CURRENT_PRODUCER : options.producedBy);
  const fingerprint = await sha256Hex(utf8(json));
  const now = options.now ?? new Date();
  const context = resolveReportContext(pageData, options.catalogues, {
    locale,
    t,
    fingerprint,
    generatedAt: now.toISOString(),
    attachment,
    extras: options.extras,
  });
  const built = buildReportModel(context);
  const model: ReportModel =
    attachment === 'full'
      ? { ...built, cover: { ...built.cover, notes: [t('report-pdf:cover.fullRecord'), ...built.cover.notes] } }
      : built;
  await nextTick();

  const doc = newReportDocument();
  registerFonts(doc, fonts);
  // Amiri's Arabic has tall marks above and below; the default 1.15 makes table lines touch.
  doc.setLineHeightFactor(1.3);
  const rtl = model.direction === 'rtl';
  const digitsOption = options.digits ?? 'latin';
  const engine = installTextEngine(
    doc,
    rtl,
    reportLocalizer(locale, digitsOption, (month) => t(`report-pdf:months.${month}`)),
  );
  const writer = new PdfWriter(doc, rtl, engine);
  renderCover(writer, model);
  writer.newPage();
  const contentsPage = writer.currentPage();
  const toc = writer.tags.open('TOC');
  writer.tags.close(toc);
  const entries: ContentsEntry[] = [];
  const charts = options.chartRenderer ?? vectorChartRenderer;
  for (const [index, section] of model.sections.entries()) {
    if (section.runOn && index > 0) {
      writer.y += 6;
      writer.ensure(60);
    } else writer.newPage();
    entries.push({ title: section.title, page: writer.currentPage() });
    await renderSection(writer, section, charts);
    progress('pages', 0.15 + (0.7 * (index + 1)) / model.sections.length);
    await nextTick();
  }
  const digits = (value: number) => formatNumber(value, locale, { useGrouping: false });
  renderContents(doc, writer, model, entries, contentsPage, digits, toc);
  renderHeadersAndFooters(doc, writer, model, (page, pages) => t('report:pageOf', { page: digits(page), pages: digits(pages) }));
  if (model.watermark) renderWatermark(doc, writer, model.watermark);
  const pages = doc.getNumberOfPages();
  progress('finishing', 0.9);
  await nextTick();
  const raw = new Uint8Array(doc.output('arraybuffer'));
  progress('finishing', 0.95);
  await nextTick();
  const bytes = await finishPdf(
    raw,
    { ...model.meta, language: locale === 'ar' ? 'ar' : 'en-GB', date: now },
    attached ? { json, fingerprint } : null,
    { locale, generatedAt: now.toISOString(), attachment, digits: digitsOption, fingerprint, extras: context.extras },
    { root: writer.tags.root, rtl },
  );
  progress('finishing', 1);
  return { bytes, pages, fingerprint, fileName: reportFileName(bundle, locale), model };
}

/** e.g. mgi-profile-XD-round-2-2026-ar.pdf: sortable and safe on every file system. */
export function reportFileName(bundle: ReportBundle, locale: Locale): string {
  const { countryCode, round, year, placeName } = bundle.assessment;
  const place = placeName
    ? `-${placeName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`
    : '';
  return `mgi-profile-${countryCode}${place}-round-${round}-${year}-${locale}.pdf`;
}

/** The rebuild a check needs: the same report from the attached data, with the options stored in the PDF. */
export function reportRebuilder(catalogues: ReportCatalogues, fonts: FontLoader): Rebuild {
  return async (data, options) =>
    (
      await buildReportPdf(data.bundle, {
        locale: options.locale,
        catalogues,
        fonts,
        previous: data.previous,
        now: new Date(options.generatedAt),
        attachment: options.attachment,
        digits: options.digits,
        extras: options.extras,
        // The producer the data names (none for reports made before it was recorded), so the
        // rebuilt annex prints the same fingerprint.
        producedBy: data.producedBy ?? null,
      })
    ).bytes;
}
