import type { jsPDF } from 'jspdf';

/**
 * Right-to-left text for jsPDF. jsPDF shapes Arabic (joined letters, lam-alef) and its bidi engine
 * turns logical text into visual order, but its "contextual" paragraph direction misplaces
 * brackets and full stops. So each line's direction is set explicitly from its first strong
 * character of its paragraph (Unicode rule P2), and brackets are mirrored. Installed on the
 * document, so autotable's cells get the same treatment as our own text. Callers that wrap text
 * pass the paragraph's direction (`paragraphRtl`) or a direction per wrapped line (`rtlLines`), so
 * a wrapped line that starts with "D1.1.6)" keeps its Arabic paragraph's direction.
 */

const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

export function isRtlLine(line: string): boolean {
  const first = STRONG.exec(line);
  return first !== null && RTL.test(first[0]);
}

export function bidiOptions(line: string) {
  return { isInputVisual: false, isOutputVisual: true, isInputRtl: isRtlLine(line), isOutputRtl: false, isSymmetricSwapping: true };
}

/** Marks that Intl puts in Arabic dates and numbers; jsPDF would print them as missing glyphs. */
export function stripBidiMarks(text: string): string {
  return text.replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
}

type TextFunction = jsPDF['text'];

/** Each wrapped line gets the direction of the paragraph it came from. */
export function lineDirections(paragraphs: readonly string[], lines: readonly string[]): Map<string, boolean> {
  const directions = new Map<string, boolean>();
  const compact = (text: string) => text.replace(/\s+/g, '');
  let paragraph = 0;
  let consumed = 0;
  for (const line of lines) {
    while (paragraph < paragraphs.length - 1 && consumed >= compact(paragraphs[paragraph] ?? '').length) {
      paragraph += 1;
      consumed = 0;
    }
    if (!directions.has(line)) directions.set(line, isRtlLine(paragraphs[paragraph] ?? line));
    consumed += compact(line).length;
  }
  return directions;
}

export type BidiTextOptions = {
  readonly paragraphRtl?: boolean;
  readonly rtlLines?: ReadonlyMap<string, boolean>;
  /** A table cell's text box: each line is aligned to the start of its own paragraph, like dir="auto". */
  readonly cellEdges?: { readonly left: number; readonly right: number };
};

function rtlOf(line: string, options: BidiTextOptions): boolean {
  return typeof options.paragraphRtl === 'boolean' ? options.paragraphRtl : (options.rtlLines?.get(line) ?? isRtlLine(line));
}

function optionsFor(line: string, options: Record<string, unknown>): Record<string, unknown> {
  const { paragraphRtl: _p, rtlLines: _r, cellEdges: _c, ...rest } = options as BidiTextOptions & Record<string, unknown>;
  return { ...rest, ...bidiOptions(line), isInputRtl: rtlOf(line, options) };
}

export function installBidiText(doc: jsPDF): void {
  const original = doc.text.bind(doc) as (text: string | string[], x: number, y: number, options?: Record<string, unknown>) => jsPDF;
  const patched = (text: string | string[], x: number, y: number, options: Record<string, unknown> = {}) => {
    const lines = (Array.isArray(text) ? text : [text]).map((line) => stripBidiMarks(String(line)));
    const edges = (options as BidiTextOptions).cellEdges;
    const place = (line: string, lineX: number) => {
      if (!edges) return { x: lineX, extra: {} };
      return rtlOf(line, options) ? { x: edges.right, extra: { align: 'right' } } : { x: edges.left, extra: { align: 'left' } };
    };
    if (edges) {
      const step = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
      lines.forEach((line, index) => {
        const { x: lineX, extra } = place(line, x);
        original(line, lineX, y + index * step, { ...optionsFor(line, options), ...extra });
      });
      return doc;
    }
    if (lines.length === 1 || options.angle) return original(lines.length === 1 ? (lines[0] ?? '') : lines, x, y, optionsFor(lines[0] ?? '', options));
    // One call per line, spaced as jsPDF spaces lines, so each line gets its own direction.
    const step = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
    lines.forEach((line, index) => original(line, x, y + index * step, optionsFor(line, options)));
    return doc;
  };
  doc.text = patched as unknown as TextFunction;
}
