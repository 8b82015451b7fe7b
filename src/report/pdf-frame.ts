import { GState } from 'jspdf';
import type { jsPDF } from 'jspdf';
import type { StructNode } from './pdf-tags';
import type { PdfWriter } from './pdf-writer';
import { BRAND, INK, MUTED, PAGE } from './pdf-writer';
import type { ReportModel } from './report-model';

/**
 * The frame around the content: cover, contents, running headers and footers, watermark. Headers,
 * footers, page numbers, the watermark and decoration are artifacts, so screen readers and text
 * extraction skip them; the cover and the contents are part of the structure tree.
 */

export function renderCover(writer: PdfWriter, model: ReportModel): void {
  const { doc, tags } = writer;
  const { cover } = model;
  tags.artifact(() => {
    doc.setFillColor(BRAND);
    doc.rect(0, 0, PAGE.width, 118, 'F');
    doc.setFillColor('#e0a030');
    doc.rect(0, 118, PAGE.width, 2.2, 'F');
  });
  writer.font(13, false, '#cfe0f0');
  tags.element('P', () => writer.text(cover.kicker, writer.startX(), 40));
  writer.font(34, true, '#ffffff');
  const title = tags.open('H1');
  tags.content(() => writer.text(cover.title, writer.startX(), 60));
  writer.font(24, false, '#ffffff');
  writer
    .split(cover.country, writer.contentWidth)
    .forEach((line, index) => tags.content(() => writer.text(line, writer.startX(), 80 + index * 11)));
  tags.close(title);
  let y = 140;
  for (const fact of cover.facts) {
    const p = tags.open('P');
    writer.font(9, false, MUTED);
    tags.content(() => writer.text(fact.label, writer.startX(), y));
    writer.font(12.5, false, INK);
    const lines = writer.split(fact.value, writer.contentWidth);
    lines.forEach((line, index) => tags.content(() => writer.text(line, writer.startX(), y + 6 + index * 6)));
    tags.close(p);
    y += 10 + lines.length * 6;
  }
  if (cover.notes.length > 0) {
    y += 4;
    writer.font(10, false, '#6b4a00');
    const notes = cover.notes.map((note) => writer.split(note, writer.contentWidth - 10));
    const height = notes.flat().length * 5.5 + 6;
    tags.artifact(() => {
      doc.setFillColor('#fbf0d9');
      doc.rect(PAGE.margin, y, writer.contentWidth, height, 'F');
    });
    writer.font(10, false, '#6b4a00');
    let row = 0;
    for (const lines of notes) {
      const p = tags.open('P');
      for (const line of lines) {
        const lineY = y + 7.5 + row * 5.5;
        tags.content(() => writer.text(line, writer.startX(5), lineY));
        row += 1;
      }
      tags.close(p);
    }
  }
  writer.font(9, false, MUTED);
  tags.element('P', () => writer.text(model.meta.creator, writer.startX(), PAGE.height - 16));
}

export type ContentsEntry = { readonly title: string; readonly page: number };

/** Fills the page reserved for the contents once every section knows its page. */
export function renderContents(
  doc: jsPDF,
  writer: PdfWriter,
  model: ReportModel,
  entries: readonly ContentsEntry[],
  pageNumber: number,
  formatPage: (page: number) => string,
  toc: StructNode,
): void {
  const { tags } = writer;
  doc.setPage(pageNumber);
  tags.enter(toc);
  writer.font(22, true, BRAND);
  const heading = tags.open('H1');
  heading.anchor = { page: pageNumber, y: PAGE.top };
  heading.title = model.contentsTitle;
  tags.content(() => writer.text(model.contentsTitle, writer.startX(), PAGE.top + 10));
  tags.close(heading);
  let y = PAGE.top + 24;
  for (const entry of entries) {
    writer.font(11, false, INK);
    const title = writer.split(entry.title, writer.contentWidth - 22)[0] ?? entry.title;
    const item = tags.open('TOCI');
    const link = tags.open('Link');
    tags.content(() => {
      writer.textThenSpace(title, writer.startX(), y);
      writer.text(formatPage(entry.page), writer.endX(), y, writer.endAlign);
    });
    const titleWidth = doc.getTextWidth(title);
    const numberWidth = doc.getTextWidth(formatPage(entry.page));
    // A dotted leader between title and page number, as in printed reports.
    tags.artifact(() => {
      doc.setDrawColor('#9aa8b5');
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.4, 1.2], 0);
      const from = writer.rtl ? PAGE.margin + numberWidth + 2 : PAGE.margin + titleWidth + 2;
      const to = writer.rtl ? PAGE.width - PAGE.margin - titleWidth - 2 : PAGE.width - PAGE.margin - numberWidth - 2;
      if (to > from) doc.line(from, y - 0.8, to, y - 0.8);
      doc.setLineDashPattern([], 0);
    });
    doc.link(PAGE.margin, y - 5, writer.contentWidth, 7, { pageNumber: entry.page });
    tags.linkAnnotation();
    tags.close(link);
    tags.close(item);
    y += 9;
  }
  tags.close(toc);
}

/** Running header and "page x of y" footer on every page but the cover, as pagination artifacts. */
export function renderHeadersAndFooters(
  doc: jsPDF,
  writer: PdfWriter,
  model: ReportModel,
  pageLabel: (page: number, pages: number) => string,
): void {
  const pages = doc.getNumberOfPages();
  for (let page = 2; page <= pages; page += 1) {
    doc.setPage(page);
    writer.tags.artifact(
      () => {
        writer.font(8.5, false, MUTED);
        writer.text(model.runningHeader, writer.startX(), 14);
        doc.setDrawColor('#c8d2dc');
        doc.setLineWidth(0.3);
        doc.line(PAGE.margin, 17, PAGE.width - PAGE.margin, 17);
      },
      'Pagination',
      'Header',
    );
    writer.tags.artifact(
      () => {
        writer.font(8.5, false, MUTED);
        doc.line(PAGE.margin, PAGE.height - 15, PAGE.width - PAGE.margin, PAGE.height - 15);
        writer.textThenSpace(model.footerNote, writer.startX(), PAGE.height - 10);
        writer.font(8.5, true, INK);
        writer.text(pageLabel(page, pages), writer.endX(), PAGE.height - 10, writer.endAlign);
      },
      'Pagination',
      'Footer',
    );
  }
}

/** A large, faint, diagonal word on every page while the assessment is not validated. */
export function renderWatermark(doc: jsPDF, writer: PdfWriter, word: string): void {
  const pages = doc.getNumberOfPages();
  const angle = 45;
  const size = 96;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    writer.tags.artifact(
      () => {
        writer.font(size, true, '#b03a2e');
        doc.saveGraphicsState();
        doc.setGState(new GState({ opacity: 0.1 }));
        const half = doc.getTextWidth(word) / 2;
        const radians = (angle * Math.PI) / 180;
        const x = PAGE.width / 2 - half * Math.cos(radians);
        const y = PAGE.height / 2 + half * Math.sin(radians) + 10;
        doc.text(word, x, y, { angle, baseline: 'middle' });
        doc.restoreGraphicsState();
      },
      'Pagination',
      'Watermark',
    );
  }
}
