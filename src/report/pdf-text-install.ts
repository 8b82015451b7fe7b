import { jsPDF } from 'jspdf';
import type { OriginalText, TextOptions } from './pdf-text';
import { TextEngine } from './pdf-text';

/**
 * A report document and the hook that sends jsPDF's own text entry points through the report's
 * typesetter (pdf-text.ts).
 */

/** jsPDF with its own Arabic shaping switched off for this document: text arrives here shaped and
 *  in display order, and reshaping it (e.g. a lam followed by an alef in display order) would
 *  join letters that are not neighbours. */
export function newReportDocument(): jsPDF {
  const api = jsPDF.API as unknown as { events: [string, unknown][]; processArabic: unknown };
  const index = api.events.findIndex(([topic, handler]) => topic === 'preProcessText' && handler === api.processArabic);
  const removed = index >= 0 ? api.events.splice(index, 1) : [];
  try {
    // Uncompressed here: finishPdf deflates every stream natively at the end (pdf-deflate.ts).
    return new jsPDF({ unit: 'mm', format: 'a4', compress: false, putOnlyUsedFonts: true });
  } finally {
    if (index >= 0) api.events.splice(index, 0, ...removed);
  }
}

export type CellEdges = { readonly left: number; readonly right: number };

/**
 * Routes jsPDF's own text entry points through the engine, so code that calls them (autotable's
 * cells, the chart painter) gets the same shaping, bidi, faces and line breaking. A table cell
 * passes `cellEdges`: each line then starts at the edge of its own paragraph's direction.
 */
export function installTextEngine(doc: jsPDF, reportRtl: boolean, localize?: (text: string) => string): TextEngine {
  const original = doc.text.bind(doc) as unknown as OriginalText;
  const engine = new TextEngine(doc, reportRtl, original, localize);
  const patched = (text: string | string[], x: number, y: number, options: TextOptions = {}) => {
    const lines = (Array.isArray(text) ? text.flat() : [text]).flatMap((value) => String(value).split('\n'));
    const {
      cellEdges,
      side,
      align,
      angle,
      maxWidth: _maxWidth,
      ...rest
    } = options as TextOptions & { cellEdges?: CellEdges; side?: 'left' | 'right'; align?: string; angle?: number };
    if (angle) {
      // Rotated text (the watermark) is one short line, drawn like any other along a turned
      // baseline; jsPDF's "middle" baseline shift is applied here, before turning.
      const height = doc.getFontSize() / doc.internal.scaleFactor;
      const shift = rest['baseline'] === 'middle' ? height / 2 - height * (doc.getLineHeightFactor() - 1) : 0;
      engine.drawLine(engine.lineFor(lines[0] ?? ''), x, y + shift, 'left', { ...rest, baseline: 'alphabetic' }, angle);
      return doc;
    }
    const step = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
    lines.forEach((value, index) => {
      const line = engine.lineFor(value);
      const lineY = y + index * step;
      const right = side ? side === 'right' : line.rtl;
      const edge = cellEdges ? (right ? cellEdges.right : cellEdges.left) : x;
      const lineAlign = cellEdges ? (right ? 'right' : 'left') : align === 'right' || align === 'center' ? align : 'left';
      const left = engine.drawLine(line, edge, lineY, lineAlign, rest);
      if (index === lines.length - 1 && (cellEdges || line.rtl)) engine.drawReadingEnd(line, left, lineY);
    });
    return doc;
  };
  doc.text = patched as unknown as jsPDF['text'];
  // autotable passes a cell's paragraphs as an array: each is broken on its own.
  doc.splitTextToSize = ((text: string | string[], width: number) =>
    (Array.isArray(text) ? text : [text]).flatMap((paragraph) => engine.split(String(paragraph), width))) as jsPDF['splitTextToSize'];
  doc.getTextWidth = ((text: string) =>
    Math.max(
      0,
      ...String(text)
        .split('\n')
        .map((line) => engine.lineFor(line).width),
    )) as jsPDF['getTextWidth'];
  return engine;
}
