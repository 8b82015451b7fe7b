import type { jsPDF } from 'jspdf';
import type { Piece, ResolvedParagraph, Script } from './pdf-bidi';
import { displayPieces, isArabic, isBidiMark, paragraphIsRtl, resolveParagraph, scriptOf, stripBidiMarks } from './pdf-bidi';
import { ARABIC_FONT, LATIN_FONT } from './pdf-fonts';
import { fontStyleOf, rightToLeftOps, rlmMarkOps, writeOps } from './pdf-rtl-glyphs';

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
export type TextOptions = Record<string, unknown>;
export type OriginalText = (text: string, x: number, y: number, options?: TextOptions) => jsPDF;

export const VISUAL = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false, isSymmetricSwapping: false };

export class TextEngine {
  private readonly widths = new Map<string, number>();
  private readonly laid = new Map<string, LaidLine>();
  private readonly advances = new Map<string, Map<number, number>>();
  private readonly registered = new Set<string>();
  private readonly shaped = new Map<string, string>();

  constructor(
    readonly doc: jsPDF,
    /** The report's direction: used for paragraphs without a single strong letter. */
    readonly reportRtl: boolean,
    private readonly draw: OriginalText,
    /** Report options applied to every string before layout (digits, month names). */
    private readonly localize: (text: string) => string = (text) => text,
  ) {}

  style(): Style {
    return fontStyleOf(this.doc);
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

  /** A word's shaped glyphs (jsPDF's Arabic shaper), remembered: the same words recur on every page. */
  private shape(word: string): string {
    if (!/[\u0600-\u06FF]/.test(word)) return word;
    let shaped = this.shaped.get(word);
    if (shaped === undefined) {
      shaped = (this.doc as unknown as { processArabic(text: string): string }).processArabic(word);
      this.shaped.set(word, shaped);
    }
    return shaped;
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
    const edges = this.prefixWidths(resolved, style, size);
    // A line's width is the sum of its glyphs' advances whatever their display order, so the
    // greedy break needs no reordering per candidate (that made long cells quadratic).
    const span = (from: number, to: number) => edges[to + 1]! - edges[from]!;
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

  /** edges[i]: the width of the paragraph's first i characters, each in the face it is drawn in. */
  private prefixWidths(paragraph: ResolvedParagraph, style: Style, size: number): Float64Array {
    const { text, levels } = paragraph;
    const edges = new Float64Array(text.length + 1);
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      const drawn = !isBidiMark(char);
      edges[index + 1] = edges[index]! + (drawn ? this.advance(char, scriptOf(char, levels.levels[index] ?? 0), style, size) : 0);
    }
    return edges;
  }

  /** One character's width in mm, remembered per face and size (measure() keyed by strings cost more). */
  private advance(char: string, script: Script, style: Style, size: number): number {
    const key = `${script}|${style}|${size}`;
    let table = this.advances.get(key);
    if (!table) this.advances.set(key, (table = new Map()));
    const code = char.charCodeAt(0);
    let width = table.get(code);
    if (width === undefined) table.set(code, (width = this.measure(char, script, style, size)));
    return width;
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

  /** A right-to-left piece, glyph by glyph in reading order (pdf-rtl-glyphs.ts). */
  private drawRightToLeft(piece: Piece, left: number, y: number, angle = 0): void {
    this.register(left, y);
    const style = this.style();
    const size = this.doc.getFontSize();
    // Glyph by glyph: one character's width comes from the per-face table, not a string-keyed cache.
    const measure = (text: string, script: Script) =>
      text.length === 1 ? this.advance(text, script, style, size) : this.measure(text, script, style, size);
    writeOps(this.doc, rightToLeftOps(this.doc, piece, left, y, angle, measure));
  }

  /**
   * Draws a laid-out line; `x` is its left edge, right edge or centre depending on `align`.
   * Returns the left edge it was drawn at (for drawReadingEnd).
   */
  drawLine(line: LaidLine, x: number, y: number, align: 'left' | 'right' | 'center', options: TextOptions = {}, angle = 0): number {
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
          writeOps(doc, `BT${rlmMarkOps(doc, pieceX, pieceY, false, (text, script) => this.measure(text, script))} ET`);
      }
    }
    doc.setFont(family, style);
    return left;
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
