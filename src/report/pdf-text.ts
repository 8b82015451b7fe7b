import { jsPDF } from 'jspdf';
import type { Piece, ResolvedParagraph, Script } from './pdf-bidi';
import {
  displayPieces,
  isArabic,
  LIGATURE_LETTERS,
  mirrorOf,
  paragraphIsRtl,
  POPPLER_LEFT_TO_RIGHT,
  resolveParagraph,
  RLM_GLYPH,
  stripBidiMarks,
} from './pdf-bidi';
import { ARABIC_FONT, LATIN_FONT } from './pdf-fonts';

/**
 * The report's typesetter on top of jsPDF. jsPDF measures Arabic before shaping (so its own line
 * breaking cut Arabic lines at two thirds of the column) and orders each line on its own; here a
 * paragraph is shaped once, resolved once with the Unicode bidi algorithm (pdf-bidi.ts), broken
 * into lines by the widths of the shaped glyphs, and each line drawn as pieces in one face each:
 * Arabic in the Arabic face, Latin in the Latin one.
 *
 * Every piece is drawn in reading order, and a right-to-left piece glyph by glyph from its right
 * end, each glyph at its display position, mirrored brackets with their mirror's glyph (the Arabic
 * face's Unicode map names it by the bracket typed) and a ligature's further letters as invisible
 * glyphs after it: so the content stream is in logical order, and MuPDF (which keeps drawing
 * order), pdf.js (which makes an item of each such glyph) and poppler (which orders by position)
 * all extract words and brackets as written. The Arabic face's space maps to U+200F U+0020 (so
 * pdf.js keeps it) and invisible right-to-left marks end left-to-right runs (so poppler keeps
 * neutrals in place); see docs/REPORT.md. (ActualText over such lines made poppler 22 reverse them.)
 */

export type LaidLine = {
  /** The line in reading order, as a reader should extract it. */
  readonly logical: string;
  /** Left to right as displayed. */
  readonly pieces: readonly Piece[];
  readonly widths: readonly number[];
  readonly width: number;
  readonly rtl: boolean;
  readonly hasRtl: boolean;
};

type Style = 'normal' | 'bold';
type TextOptions = Record<string, unknown>;
type OriginalText = (text: string, x: number, y: number, options?: TextOptions) => jsPDF;

/** jsPDF with its own Arabic shaping switched off for this document: text arrives here shaped and
 *  in display order, and reshaping it (e.g. a lam followed by an alef in display order) would
 *  join letters that are not neighbours. */
export function newReportDocument(): jsPDF {
  const api = jsPDF.API as unknown as { events: [string, unknown][]; processArabic: unknown };
  const index = api.events.findIndex(([topic, handler]) => topic === 'preProcessText' && handler === api.processArabic);
  const removed = index >= 0 ? api.events.splice(index, 1) : [];
  try {
    return new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  } finally {
    if (index >= 0) api.events.splice(index, 0, ...removed);
  }
}

const VISUAL = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false, isSymmetricSwapping: false };

/** A "#rrggbb" text colour as the PDF fill-colour operator. */
function fillColor(hex: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return '0 g';
  return `${match
    .slice(1)
    .map((part) => (Number.parseInt(part, 16) / 255).toFixed(3))
    .join(' ')} rg`;
}

export class TextEngine {
  private readonly widths = new Map<string, number>();
  private readonly laid = new Map<string, LaidLine>();
  private readonly registered = new Set<string>();

  constructor(
    readonly doc: jsPDF,
    /** The report's direction: used for paragraphs without a single strong letter. */
    readonly reportRtl: boolean,
    private readonly draw: OriginalText,
    /** Report options applied to every string before layout (digits, month names). */
    private readonly localize: (text: string) => string = (text) => text,
  ) {}

  style(): Style {
    return this.doc.getFont().fontStyle === 'bold' ? 'bold' : 'normal';
  }

  private fontName(script: Script): string {
    return script === 'arabic' ? ARABIC_FONT : LATIN_FONT;
  }

  /** Width in mm of display-ordered glyphs in one face. */
  measure(text: string, script: Script, style: Style = this.style(), size = this.doc.getFontSize()): number {
    const key = `${script}|${style}|${size}|${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    const font = (this.doc.getFont as unknown as (name: string, style: string) => unknown)(this.fontName(script), style) as {
      metadata: { widthOfString(text: string, size: number, space: number): number };
    };
    const width = font.metadata.widthOfString(text, size, 0) / this.doc.internal.scaleFactor;
    this.widths.set(key, width);
    return width;
  }

  private shape(word: string): string {
    return /[\u0600-\u06FF]/.test(word) ? (this.doc as unknown as { processArabic(text: string): string }).processArabic(word) : word;
  }

  /** Breaks one paragraph (no newlines) into lines at most `maxWidth` mm wide, by shaped width. */
  layout(paragraph: string, maxWidth: number, rtl?: boolean): LaidLine[] {
    const text = this.localize(paragraph);
    const style = this.style();
    const size = this.doc.getFontSize();
    const words: { logical: string; shaped: string; joiner: string }[] = [];
    for (const word of text.split(' ')) this.splitLongWord(word, maxWidth, style, size, words);
    const isRtl = rtl ?? paragraphIsRtl(text, this.reportRtl);
    let shaped = '';
    const starts: number[] = [];
    words.forEach((word, index) => {
      if (index > 0) shaped += word.joiner;
      starts.push(shaped.length);
      shaped += word.shaped;
    });
    const resolved = resolveParagraph(shaped, isRtl);
    const span = (from: number, to: number) => this.rangeWidth(resolved, from, to, style, size);
    const lines: LaidLine[] = [];
    let first = 0;
    while (first < words.length) {
      let last = first;
      while (last + 1 < words.length && span(starts[first]!, starts[last + 1]! + words[last + 1]!.shaped.length - 1) <= maxWidth + 0.01)
        last += 1;
      lines.push(this.line(resolved, words, starts, first, last, style, size));
      first = last + 1;
    }
    return lines.length > 0 ? lines : [this.line(resolved, words, starts, 0, -1, style, size)];
  }

  /** Lines for several paragraphs (newline-separated), remembered so drawing them reuses the layout. */
  split(text: string, maxWidth: number): string[] {
    return text.split('\n').flatMap((paragraph) => this.layout(paragraph, maxWidth).map((line) => line.logical));
  }

  private rangeWidth(paragraph: ResolvedParagraph, from: number, to: number, style: Style, size: number): number {
    return displayPieces(paragraph, from, to).reduce((sum, piece) => sum + this.measure(piece.text, piece.script, style, size), 0);
  }

  /** A word wider than the column (a URL, a fingerprint) is cut where it no longer fits. */
  private splitLongWord(
    word: string,
    maxWidth: number,
    style: Style,
    size: number,
    out: { logical: string; shaped: string; joiner: string }[],
  ): void {
    const shaped = this.shape(word);
    const script: Script = [...word].some(isArabic) ? 'arabic' : 'latin';
    if (this.measure(shaped, script, style, size) <= maxWidth || word.length < 2) {
      out.push({ logical: word, shaped, joiner: ' ' });
      return;
    }
    let joiner = ' ';
    let rest = word;
    while (rest.length > 0) {
      let cut = rest.length;
      while (cut > 1 && this.measure(this.shape(rest.slice(0, cut)), script, style, size) > maxWidth) cut -= 1;
      const part = rest.slice(0, cut);
      out.push({ logical: part, shaped: this.shape(part), joiner });
      joiner = '';
      rest = rest.slice(cut);
    }
  }

  private line(
    paragraph: ResolvedParagraph,
    words: readonly { logical: string; shaped: string; joiner: string }[],
    starts: readonly number[],
    first: number,
    last: number,
    style: Style,
    size: number,
  ): LaidLine {
    const logical = stripBidiMarks(
      words
        .slice(first, last + 1)
        .map((word, index) => (index > 0 ? word.joiner : '') + word.logical)
        .join(''),
    );
    const pieces = last < first ? [] : displayPieces(paragraph, starts[first]!, starts[last]! + words[last]!.shaped.length - 1);
    const widths = pieces.map((piece) => this.measure(piece.text, piece.script, style, size));
    const laid: LaidLine = {
      logical,
      pieces,
      widths,
      width: widths.reduce((sum, width) => sum + width, 0),
      rtl: paragraph.rtl,
      hasRtl: pieces.some((piece) => piece.level % 2 === 1),
    };
    this.laid.set(`${style}|${size}|${logical}`, laid);
    return laid;
  }

  /** The layout of a line made by `split` or `layout`, or a fresh one for a string drawn as is. */
  lineFor(text: string): LaidLine {
    const localized = this.localize(stripBidiMarks(text));
    return this.laid.get(`${this.style()}|${this.doc.getFontSize()}|${localized}`) ?? this.layout(text, Number.POSITIVE_INFINITY)[0]!;
  }

  /** jsPDF lists a font in the page resources only once its own text() has used it. */
  private register(left: number, y: number): void {
    const font = this.doc.getFont() as unknown as { id: string };
    if (this.registered.has(font.id)) return;
    this.draw(' ', left, y, { ...VISUAL });
    this.registered.add(font.id);
  }

  /**
   * An invisible right-to-left mark (RLM_GLYPH, whose Unicode map is U+200F) just left of `x`.
   * poppler orders a right-to-left line itself, treating digits, Latin letters and the Arabic
   * comma as left-to-right and letting such a run take every neutral to its left (so "المادة 12 من"
   * came out "المادة  12من" and "لديمولاند، بما" as "لديمولاند ،بما"); a strong right-to-left
   * character at the run's left end stops it. pdf.js skips format characters, MuPDF keeps it as
   * an invisible U+200F.
   */
  private rlmMark(x: number, y: number, inTextObject: boolean): string {
    const { doc } = this;
    const size = doc.getFontSize();
    const style = this.style();
    const current = doc.getFont() as unknown as { id: string };
    const arabic = (doc.getFont as unknown as (name: string, style: string) => { id: string })(ARABIC_FONT, style);
    const glyph = (doc as unknown as { pdfEscape16(text: string, font: unknown): string }).pdfEscape16.call(doc, RLM_GLYPH, arabic);
    const k = doc.internal.scaleFactor;
    const start = x - this.measure(RLM_GLYPH, 'arabic', style, size) * 0.01 - 0.005;
    const originY = (doc.internal.pageSize.getHeight() - y) * k;
    const mark = ` 3 Tr 1 Tz /${arabic.id} ${size} Tf 1 0 0 1 ${(start * k).toFixed(2)} ${originY.toFixed(2)} Tm <${glyph}> Tj 100 Tz 0 Tr`;
    return inTextObject ? `${mark} /${current.id} ${size} Tf` : mark;
  }

  /**
   * A right-to-left piece glyph by glyph in reading order (rightmost first), each glyph placed at
   * its display position along a baseline turned by `angle` degrees: the page looks the same, and
   * readers that keep drawing order (MuPDF) or reverse one-glyph items (pdf.js) read the letters as
   * written. A mirrored bracket is drawn with its mirror's glyph; a ligature's further letters
   * follow it as invisible, squeezed glyphs at its left edge (LIGATURE_LETTERS).
   */
  private drawRightToLeft(piece: Piece, left: number, y: number, angle = 0): void {
    const { doc } = this;
    const font = doc.getFont() as unknown as { id: string };
    this.register(left, y);
    const escape = (text: string) =>
      (doc as unknown as { pdfEscape16(text: string, font: unknown): string }).pdfEscape16.call(doc, text, doc.getFont());
    const k = doc.internal.scaleFactor;
    const cos = Math.cos((angle * Math.PI) / 180);
    const sin = Math.sin((angle * Math.PI) / 180);
    const originX = left * k;
    const originY = (doc.internal.pageSize.getHeight() - y) * k;
    const at = (distance: number) =>
      `${cos.toFixed(4)} ${sin.toFixed(4)} ${(-sin).toFixed(4)} ${cos.toFixed(4)} ${(originX + distance * k * cos).toFixed(2)} ${(originY + distance * k * sin).toFixed(2)} Tm`;
    const chars = [...piece.text];
    const offsets: number[] = [];
    chars.reduce((x, char) => {
      offsets.push(x);
      return x + this.measure(char, piece.script);
    }, 0);
    let ops = `BT /${font.id} ${doc.getFontSize()} Tf ${fillColor(doc.getTextColor())}`;
    const mirrored = new Set(piece.mirrored);
    for (let index = chars.length - 1; index >= 0; index -= 1) {
      const char = chars[index]!;
      const glyph = escape(mirrored.has(index) ? (mirrorOf(char) ?? char) : char);
      if (!glyph) continue;
      ops += ` ${at(offsets[index]!)} <${glyph}> Tj`;
      if (angle === 0 && POPPLER_LEFT_TO_RIGHT.test(char)) ops += this.rlmMark(left + offsets[index]!, y, true);
      const further = [...(LIGATURE_LETTERS.get(char) ?? '')].slice(1);
      if (further.length === 0) continue;
      // Invisible (3 Tr), 1 % wide, just left of the ligature: after it in drawing order and in
      // position order. Set 4 % larger, so pdf.js (which starts a new item at a size change)
      // does not fold the next letter into this one's item.
      ops += ` 3 Tr 1 Tz /${font.id} ${(doc.getFontSize() * 1.04).toFixed(2)} Tf`;
      further.forEach((letter, step) => (ops += ` ${at(offsets[index]! - 0.02 * (step + 1))} <${escape(letter)}> Tj`));
      ops += ` 100 Tz 0 Tr /${font.id} ${doc.getFontSize()} Tf`;
    }
    (doc.internal as unknown as { write(...text: string[]): void }).write(`${ops} ET`);
  }

  /** Draws a laid-out line; `x` is its left edge, right edge or centre depending on `align`. */
  drawLine(line: LaidLine, x: number, y: number, align: 'left' | 'right' | 'center', options: TextOptions = {}, angle = 0): void {
    const left = align === 'left' ? x : align === 'right' ? x - line.width : x - line.width / 2;
    const offsets: number[] = [];
    line.pieces.reduce((sum, _piece, index) => {
      offsets.push(sum);
      return sum + (line.widths[index] ?? 0);
    }, left);
    const { doc } = this;
    const family = doc.getFont().fontName;
    const style = this.style();
    // Reading order, so a reader that takes drawing order (pdf.js, MuPDF) gets the words in sequence.
    const order = line.pieces.map((_piece, index) => index).sort((a, b) => line.pieces[a]!.firstLogical - line.pieces[b]!.firstLogical);
    for (const index of order) {
      const piece = line.pieces[index]!;
      doc.setFont(this.fontName(piece.script), style);
      const along = offsets[index]! - left;
      const pieceX = left + along * Math.cos((angle * Math.PI) / 180);
      const pieceY = y - along * Math.sin((angle * Math.PI) / 180);
      if (piece.level % 2 === 1) this.drawRightToLeft(piece, pieceX, pieceY, angle);
      else {
        this.draw(piece.text, pieceX, pieceY, { ...options, ...VISUAL, align: 'left', ...(angle ? { angle } : {}) });
        // Once per left-to-right run, at its left end (a list of codes joined by Arabic commas is one run).
        const runStart = index === 0 || line.pieces[index - 1]!.level % 2 === 1;
        if (line.rtl && runStart && angle === 0)
          (doc.internal as unknown as { write(...text: string[]): void }).write(`BT${this.rlmMark(pieceX, pieceY, false)} ET`);
      }
    }
    doc.setFont(family, style);
  }
  /**
   * A space where a short text (a table cell, a chart label) ends in reading order. MuPDF reads
   * such texts in drawing order and sees no gap in right-to-left text, so without it the last
   * word of one cell runs into the first word of the next.
   */
  drawReadingEnd(line: LaidLine, left: number, y: number): void {
    if (line.pieces.length === 0) return;
    const { doc } = this;
    const family = doc.getFont().fontName;
    // In a right-to-left report the Arabic face's space (U+200F U+0020, which pdf.js keeps) also
    // ends left-to-right cells such as an indicator id, so the next cell does not run into it.
    const script: Script = line.rtl || this.reportRtl ? 'arabic' : 'latin';
    doc.setFont(this.fontName(script), this.style());
    this.draw(' ', line.rtl ? left - this.measure(' ', script) : left + line.width, y, { ...VISUAL });
    doc.setFont(family, this.style());
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
      engine.drawLine(line, edge, lineY, lineAlign, rest);
      if (index === lines.length - 1 && (cellEdges || line.rtl)) {
        engine.drawReadingEnd(line, lineAlign === 'left' ? edge : lineAlign === 'right' ? edge - line.width : edge - line.width / 2, lineY);
      }
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
