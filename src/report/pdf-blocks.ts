import { autoTable } from 'jspdf-autotable';
import { lineDirections } from './pdf-bidi';
import type { ChartRenderer } from './pdf-chart-painter';
import { REPORT_FONT } from './pdf-fonts';
import type { PdfWriter } from './pdf-writer';
import { BRAND, INK, MUTED, PAGE } from './pdf-writer';
import type { Block, ReportSection, TableColumn } from './report-model';

/** Lays out the blocks of the report model on pages. */

export async function renderSection(writer: PdfWriter, section: ReportSection, charts: ChartRenderer): Promise<void> {
  writer.font(20, true, BRAND);
  writer.ensure(20);
  writer.y += 8;
  for (const line of writer.split(section.title, writer.contentWidth)) {
    writer.text(line, writer.startX(), writer.y);
    writer.y += writer.lineHeight(20);
  }
  writer.y -= 4.5;
  writer.rule();
  writer.y += 6;
  for (const block of section.blocks) {
    await renderBlock(writer, block, charts);
    // Tables are the slow part of layout: let the browser paint and handle input between them.
    if (block.kind === 'table') await new Promise<void>((resolve) => setTimeout(resolve));
  }
}

async function renderBlock(writer: PdfWriter, block: Block, charts: ChartRenderer): Promise<void> {
  switch (block.kind) {
    case 'paragraph':
      writer.write(block.text, { size: block.tone === 'lead' ? 11.5 : block.tone === 'muted' ? 9.5 : 10.5, color: block.tone === 'muted' ? MUTED : INK, gapAfter: 3 });
      return;
    case 'heading':
      // Keep a heading with at least two lines of what follows it.
      writer.ensure(22);
      writer.y += 2;
      writer.write(block.text, { size: 12.5, bold: true, color: BRAND, gapAfter: 1 });
      return;
    case 'list':
      for (const item of block.items) {
        writer.font(10, false, INK);
        writer.ensure(writer.lineHeight(10));
        writer.text('•', writer.startX(1), writer.y + writer.lineHeight(10) * 0.78);
        writer.write(item, { size: 10, indent: 5, gapAfter: 1 });
      }
      writer.y += 2;
      return;
    case 'figures':
      renderFigures(writer, block.items);
      return;
    case 'chart': {
      const height = charts.height(block.chart, writer.contentWidth, writer.rtl, writer.doc);
      writer.ensure(height + 10);
      writer.font(9.5, true, INK);
      writer.y += 4;
      writer.text(block.chart.title, writer.startX(), writer.y);
      writer.y += 4;
      await charts.draw({ doc: writer.doc, x: PAGE.margin, y: writer.y, width: writer.contentWidth, rtl: writer.rtl }, block.chart);
      writer.y += height + 4;
      return;
    }
    case 'table':
      renderTable(writer, block.columns, block.rows);
      return;
  }
}

function renderFigures(writer: PdfWriter, items: readonly { label: string; value: string }[]): void {
  const gap = 3;
  const width = (writer.contentWidth - gap * (items.length - 1)) / items.length;
  const height = 20;
  writer.ensure(height + 4);
  items.forEach((item, index) => {
    const offset = index * (width + gap);
    const x = writer.rtl ? PAGE.width - PAGE.margin - offset - width : PAGE.margin + offset;
    writer.doc.setFillColor('#eef3f8');
    writer.doc.rect(x, writer.y, width, height, 'F');
    writer.font(17, true, BRAND);
    writer.text(item.value, x + width / 2, writer.y + 9.5, 'center');
    writer.font(8, false, MUTED);
    const label = writer.split(item.label, width - 3).slice(0, 2);
    label.forEach((line, row) => writer.text(line, x + width / 2, writer.y + 14.5 + row * 3.6, 'center'));
  });
  writer.y += height + 5;
}

/** Columns in reading order, mirrored for right-to-left so the first column sits on the right. */
export function orderedForDirection<T>(cells: readonly T[], rtl: boolean): T[] {
  return rtl ? [...cells].reverse() : [...cells];
}

function renderTable(writer: PdfWriter, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
  const rtl = writer.rtl;
  const ordered = orderedForDirection(columns, rtl);
  const halign = rtl ? 'right' : 'left';
  const columnStyles: Record<number, { cellWidth: number | 'auto'; fontStyle?: 'bold' }> = {};
  ordered.forEach((column, index) => {
    columnStyles[index] = { cellWidth: column.width, ...(column.bold ? { fontStyle: 'bold' } : {}) };
  });
  writer.ensure(20);
  autoTable(writer.doc, {
    startY: writer.y,
    margin: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    head: [ordered.map((column) => column.header)],
    body: rows.map((row) => orderedForDirection(row, rtl)),
    theme: 'grid',
    rowPageBreak: 'avoid',
    // Autotable's default textOptions reverse Arabic; pdf-bidi.ts sets the real ones per line.
    styles: { font: REPORT_FONT, fontSize: 8.5, cellPadding: 1.6, valign: 'top', halign, textColor: INK, lineColor: '#c8d2dc', lineWidth: 0.15, overflow: 'linebreak', textOptions: {} },
    headStyles: { font: REPORT_FONT, fontStyle: 'bold', fillColor: BRAND, textColor: '#ffffff', halign },
    alternateRowStyles: { fillColor: '#f4f7fa' },
    columnStyles,
    didParseCell: (hook) => {
      // Head cells ignore columnStyles.halign; set it here so headers follow the text direction.
      if (hook.section === 'head') hook.cell.styles.halign = halign;
    },
    willDrawCell: (hook) => {
      // Now the cell text is wrapped: each line gets its paragraph's direction and start edge (pdf-bidi.ts).
      const paragraphs = String(hook.cell.raw ?? '').split('\n');
      const { cell } = hook;
      const rtlLines = lineDirections(paragraphs, cell.text);
      // Identifier columns (bold) and the head keep the table's alignment; prose follows its language.
      const keepAlignment = hook.section === 'head' || cell.styles.fontStyle === 'bold';
      const cellEdges = keepAlignment ? undefined : { left: cell.x + cell.padding('left'), right: cell.x + cell.width - cell.padding('right') };
      cell.styles.textOptions = { rtlLines, cellEdges } as never;
    },
  });
  writer.y = (writer.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
}
