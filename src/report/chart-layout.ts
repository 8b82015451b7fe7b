import type { BarChartData } from './chart-data';

/**
 * Lays a horizontal (stacked) bar chart out as vector shapes in millimetres: pure geometry, so it
 * is unit-tested in Node and drawn by any painter. Right-to-left mirrors the chart: labels on the
 * right, bars growing leftwards, the legend read from the right.
 */

export type Shape =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly color: string;
      readonly width: number;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly align: 'left' | 'right' | 'center';
      readonly color: string;
      readonly bold: boolean;
    };

export type ChartDrawing = { readonly width: number; readonly height: number; readonly shapes: readonly Shape[] };

/** Width in mm of a text at a font size in pt; injected so layout stays free of jsPDF. */
export type MeasureText = (text: string, sizePt: number) => number;

export type LayoutOptions = { readonly width: number; readonly rtl: boolean; readonly measure: MeasureText };

// Nothing in a printed report is smaller than 8.5 pt.
const VALUE_SIZE = 8.5;
const LEGEND_SIZE = 8.5;
const PT_TO_MM = 0.3528;

type Metrics = {
  readonly labelSize: number;
  readonly line: number;
  readonly barHeight: number;
  readonly rowGap: number;
  readonly labelShare: number;
};

function metricsOf(dense: boolean): Metrics {
  const labelSize = 8.5;
  return {
    labelSize,
    line: labelSize * PT_TO_MM * 1.25,
    barHeight: dense ? 4.6 : 5.4,
    rowGap: dense ? 1.6 : 2.6,
    labelShare: dense ? 0.5 : 0.34,
  };
}

/** Breaks a label into at most two lines that fit; the second is shortened with an ellipsis. */
export function wrapLabel(label: string, maxWidth: number, measure: MeasureText, size = 8.5): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, size) <= maxWidth || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= 2) return lines;
  let second = lines.slice(1).join(' ');
  while (second.length > 1 && measure(`${second}…`, size) > maxWidth) second = second.slice(0, -1).trimEnd();
  return [lines[0] ?? '', `${second}…`];
}

export function layoutBarChart(chart: BarChartData, { width, rtl, measure }: LayoutOptions): ChartDrawing {
  const shapes: Shape[] = [];
  const { labelSize, line: LINE, barHeight: BAR_HEIGHT, rowGap: ROW_GAP, labelShare } = metricsOf(chart.dense ?? false);
  const labelWidth = width * labelShare;
  const totalWidth = Math.min(24, Math.max(...chart.categories.map((c) => measure(c.total, VALUE_SIZE)), 0) + 2);
  const barArea = width - labelWidth - totalWidth - 4;
  // x measured from the reading start; mirrored once here so every shape below is direction-free.
  const at = (fromStart: number, w = 0) => (rtl ? width - fromStart - w : fromStart);
  const startAlign = rtl ? 'right' : 'left';
  let y = 0;
  for (const [row, category] of chart.categories.entries()) {
    const lines = wrapLabel(category.label, labelWidth - 2, measure, labelSize);
    const rowHeight = Math.max(BAR_HEIGHT, lines.length * LINE);
    const barY = y + (rowHeight - BAR_HEIGHT) / 2;
    lines.forEach((line, index) => {
      const baseline = y + rowHeight / 2 - ((lines.length - 1) * LINE) / 2 + index * LINE + labelSize * PT_TO_MM * 0.35;
      shapes.push({ kind: 'text', x: at(0), y: baseline, text: line, size: labelSize, align: startAlign, color: '#222222', bold: false });
    });
    let offset = labelWidth + 2;
    const labels = chart.valueLabels[row] ?? [];
    category.values.forEach((value, index) => {
      if (value <= 0) return;
      const w = (value / chart.max) * barArea;
      const series = chart.series[index];
      shapes.push({ kind: 'rect', x: at(offset, w), y: barY, w, h: BAR_HEIGHT, fill: series?.color ?? '#888888' });
      const label = labels[index] ?? '';
      if (label && w >= measure(label, VALUE_SIZE) + 1.5) {
        const dark = isDark(series?.color ?? '#888888');
        shapes.push({
          kind: 'text',
          x: at(offset, w) + w / 2,
          y: barY + BAR_HEIGHT / 2 + VALUE_SIZE * PT_TO_MM * 0.35,
          text: label,
          size: VALUE_SIZE,
          align: 'center',
          color: dark ? '#ffffff' : '#222222',
          bold: false,
        });
      }
      offset += w;
    });
    if (category.total) {
      shapes.push({
        kind: 'text',
        x: at(offset + 1.5),
        y: barY + BAR_HEIGHT / 2 + VALUE_SIZE * PT_TO_MM * 0.35,
        text: category.total,
        size: VALUE_SIZE,
        align: startAlign,
        color: '#444444',
        bold: false,
      });
    }
    y += rowHeight + ROW_GAP;
  }
  // The axis the bars start from.
  shapes.push({ kind: 'line', x1: at(labelWidth + 2), y1: -1, x2: at(labelWidth + 2), y2: y - ROW_GAP + 1, color: '#555555', width: 0.25 });
  y += 2;
  y = layoutLegend(chart, shapes, y, { width, rtl, measure });
  return { width, height: y, shapes };
}

function layoutLegend(chart: BarChartData, shapes: Shape[], top: number, { width, rtl, measure }: LayoutOptions): number {
  // The legend names only the states the chart shows.
  const present = chart.series.filter((_series, index) => chart.categories.some((category) => (category.values[index] ?? 0) > 0));
  if (present.length < 2) return top;
  const swatch = 3;
  let x = 0;
  let y = top;
  for (const series of present) {
    const itemWidth = swatch + 1.5 + measure(series.label, LEGEND_SIZE) + 5;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += 5;
    }
    const swatchX = rtl ? width - x - swatch : x;
    shapes.push({ kind: 'rect', x: swatchX, y, w: swatch, h: swatch, fill: series.color });
    const textX = rtl ? swatchX - 1.5 : swatchX + swatch + 1.5;
    shapes.push({
      kind: 'text',
      x: textX,
      y: y + swatch - 0.4,
      text: series.label,
      size: LEGEND_SIZE,
      align: rtl ? 'right' : 'left',
      color: '#333333',
      bold: false,
    });
    x += itemWidth;
  }
  return y + swatch + 2;
}

/** Chooses white or dark value labels by the fill's luminance so they stay legible when printed. */
export function isDark(hex: string): boolean {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 140;
}
