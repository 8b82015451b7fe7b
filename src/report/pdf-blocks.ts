import type { BarChartData } from './chart-data';
import type { ChartRenderer } from './pdf-chart-painter';
import type { PdfWriter } from './pdf-writer';
import { BRAND, INK, MUTED, PAGE } from './pdf-writer';
import { renderTable } from './pdf-table';
import type { Block, ReportSection } from './report-blocks';

/**
 * Lays out the blocks of the report model on pages, each as its element of the structure tree
 * (H1 per section, H2/H3, P, L/LI, Table, Figure with alternative text). New block kinds from the
 * model only need a case here; text, shaping and tagging come from the writer.
 */

export async function renderSection(writer: PdfWriter, section: ReportSection, charts: ChartRenderer): Promise<void> {
  const sect = writer.tags.open('Sect');
  writer.ensure(20 + keepFor(writer, section.blocks[0], charts));
  writer.y += 8;
  writer.write(section.title, { size: 20, bold: true, color: BRAND, tag: 'H1', gapAfter: 0 });
  writer.y += 1.5;
  writer.rule();
  writer.y += 6;
  for (const [index, block] of section.blocks.entries()) {
    await renderBlock(writer, block, charts, section.blocks[index + 1]);
    // Tables are the slow part of layout: let the browser paint and handle input between them.
    if (block.kind === 'table') await new Promise<void>((resolve) => setTimeout(resolve));
  }
  writer.tags.close(sect);
}

/** Room a heading needs below it for what follows: two lines, a table head and two rows, or the chart. */
function keepFor(writer: PdfWriter, next: Block | undefined, charts: ChartRenderer): number {
  if (!next) return 0;
  if (next.kind === 'table') return 26;
  if (next.kind === 'chart') return charts.height(next.chart, writer.contentWidth, writer.rtl, writer.doc) + 10;
  if (next.kind === 'figures') return 24;
  return writer.lineHeight(10.5) * 2;
}

async function renderBlock(writer: PdfWriter, block: Block, charts: ChartRenderer, next: Block | undefined): Promise<void> {
  switch (block.kind) {
    case 'paragraph':
      writer.write(block.text, {
        size: block.tone === 'lead' ? 11.5 : block.tone === 'muted' ? 9.5 : 10.5,
        color: block.tone === 'muted' ? MUTED : INK,
        gapAfter: 3,
      });
      return;
    case 'heading': {
      const level = block.level === 3 ? 3 : 2;
      writer.y += 2;
      writer.write(block.text, {
        size: level === 3 ? 11 : 12.5,
        bold: true,
        color: BRAND,
        gapAfter: 1,
        tag: level === 3 ? 'H3' : 'H2',
        keepWithNext: keepFor(writer, next, charts),
      });
      return;
    }
    case 'list': {
      const list = writer.tags.open('L');
      writer.font(10, false, INK);
      // A list's last item of one line never starts a page alone: it takes the line before it along.
      const last = block.items[block.items.length - 1];
      const lastIsOneLine = last !== undefined && writer.engine.layout(last, writer.contentWidth - 5).length === 1;
      for (const [index, item] of block.items.entries()) {
        const li = writer.tags.open('LI');
        writer.write(item, {
          size: 10,
          indent: 5,
          gapAfter: 1,
          tag: 'LBody',
          trailingLines: lastIsOneLine && index === block.items.length - 2 ? 1 : 0,
          beforeFirstLine: (baseline) => writer.tags.element('Lbl', () => writer.text('•', writer.startX(1), baseline)),
        });
        writer.tags.close(li);
      }
      writer.tags.close(list);
      writer.y += 2;
      return;
    }
    case 'figures':
      renderFigures(writer, block.items);
      return;
    case 'chart': {
      const height = charts.height(block.chart, writer.contentWidth, writer.rtl, writer.doc);
      writer.ensure(height + 10);
      writer.y += 4;
      writer.font(9.5, true, INK);
      writer.tags.element('Caption', () => writer.text(block.chart.title, writer.startX(), writer.y));
      writer.y += 4;
      const figure = writer.tags.open('Figure', { alt: chartAltText(block.chart, writer.rtl) });
      let drawing: void | Promise<void> = undefined;
      writer.tags.content(() => {
        drawing = charts.draw({ doc: writer.doc, x: PAGE.margin, y: writer.y, width: writer.contentWidth, rtl: writer.rtl }, block.chart);
      });
      await drawing;
      writer.tags.close(figure);
      writer.y += height + 4;
      return;
    }
    case 'table':
      renderTable(writer, block.columns, block.rows);
      return;
  }
}

/**
 * A chart's alternative text, from its data, in the report's language: the title, then each bar
 * with its values by series, e.g. "Migrant rights: Developed 8, Partially 3, Not yet 1".
 */
export function chartAltText(chart: BarChartData, rtl: boolean): string {
  const comma = rtl ? '، ' : ', ';
  const semicolon = rtl ? '؛ ' : '; ';
  const bars = chart.categories.map((category, row) => {
    const parts = category.values
      .map((value, index) => (value > 0 ? `${chart.series[index]?.label ?? ''} ${chart.valueLabels[row]?.[index] ?? String(value)}` : ''))
      .filter(Boolean);
    const total = category.total ? ` (${category.total})` : '';
    return `${category.label}: ${parts.join(comma)}${total}`;
  });
  return `${chart.title}. ${bars.join(semicolon)}.`;
}

function renderFigures(writer: PdfWriter, items: readonly { label: string; value: string }[]): void {
  const gap = 3;
  const width = (writer.contentWidth - gap * (items.length - 1)) / items.length;
  const height = 21;
  writer.ensure(height + 4);
  const list = writer.tags.open('L');
  items.forEach((item, index) => {
    const offset = index * (width + gap);
    const x = writer.rtl ? PAGE.width - PAGE.margin - offset - width : PAGE.margin + offset;
    writer.tags.artifact(() => {
      writer.doc.setFillColor('#eef3f8');
      writer.doc.rect(x, writer.y, width, height, 'F');
    });
    // Read as "59 Developed": the figure, then what it counts.
    const li = writer.tags.open('LI');
    writer.tags.content(() => {
      writer.font(17, true, BRAND);
      writer.text(item.value, x + width / 2, writer.y + 9.5, 'center');
      writer.font(8.5, false, MUTED);
      writer
        .split(item.label, width - 3)
        .slice(0, 2)
        .forEach((line, row) => writer.text(line, x + width / 2, writer.y + 14.8 + row * 3.8, 'center'));
    });
    writer.tags.close(li);
  });
  writer.tags.close(list);
  writer.y += height + 5;
}
