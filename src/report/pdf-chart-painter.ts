import type { jsPDF } from 'jspdf';
import type { BarChartData } from './chart-data';
import type { MeasureText } from './chart-layout';
import { layoutBarChart } from './chart-layout';
import { REPORT_FONT } from './pdf-fonts';

/**
 * Draws charts as PDF vector paths and real text (selectable, sharp when printed), without a DOM,
 * so the same code runs in the browser and in Node. ChartRenderer is the seam buildReportPdf takes.
 */
export type ChartTarget = { readonly doc: jsPDF; readonly x: number; readonly y: number; readonly width: number; readonly rtl: boolean };

export interface ChartRenderer {
  /** Height in mm the chart will take at this width, so the page can break before it. */
  height(chart: BarChartData, width: number, rtl: boolean, doc: jsPDF): number;
  draw(target: ChartTarget, chart: BarChartData): void | Promise<void>;
}

/** Shaped width through the document's text engine (pdf-text.ts patches getTextWidth). */
export function jsPdfMeasure(doc: jsPDF): MeasureText {
  return (text, size) => {
    const previous = doc.getFontSize();
    doc.setFontSize(size);
    const width = doc.getTextWidth(text);
    doc.setFontSize(previous);
    return width;
  };
}

export const vectorChartRenderer: ChartRenderer = {
  height(chart, width, rtl, doc) {
    return layoutBarChart(chart, { width, rtl, measure: withFont(doc) }).height;
  },
  draw({ doc, x, y, width, rtl }, chart) {
    const drawing = layoutBarChart(chart, { width, rtl, measure: withFont(doc) });
    for (const shape of drawing.shapes) {
      if (shape.kind === 'rect') {
        doc.setFillColor(shape.fill);
        doc.rect(x + shape.x, y + shape.y, shape.w, shape.h, 'F');
      } else if (shape.kind === 'line') {
        doc.setDrawColor(shape.color);
        doc.setLineWidth(shape.width);
        doc.line(x + shape.x1, y + shape.y1, x + shape.x2, y + shape.y2);
      } else {
        doc.setFont(REPORT_FONT, shape.bold ? 'bold' : 'normal');
        doc.setFontSize(shape.size);
        doc.setTextColor(shape.color);
        doc.text(shape.text, x + shape.x, y + shape.y, { align: shape.align, baseline: 'alphabetic' });
      }
    }
  },
};

function withFont(doc: jsPDF): MeasureText {
  const measure = jsPdfMeasure(doc);
  return (text, size) => {
    doc.setFont(REPORT_FONT, 'normal');
    return measure(text, size);
  };
}
