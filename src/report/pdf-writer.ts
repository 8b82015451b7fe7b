import type { jsPDF } from 'jspdf';
import { REPORT_FONT } from './pdf-fonts';
import { linesBeforeBreak } from './pdf-keep';
import type { StructNode, StructType } from './pdf-tags';
import { TagRecorder } from './pdf-tags';
import type { LaidLine } from './pdf-text';
import type { TextEngine } from './pdf-text';

/**
 * A cursor over A4 pages that writes wrapped, direction-aware, tagged text: the one place that
 * knows margins and type sizes. Shaping, bidi and line breaking are the TextEngine's
 * (pdf-text.ts); the structure tree is the TagRecorder's (pdf-tags.ts).
 */

export const PAGE = { width: 210, height: 297, margin: 20, top: 27, bottom: 276 } as const;
export const BRAND = '#0b3d6e';
export const INK = '#1d1d1d';
export const MUTED = '#5a5a5a';
const PT = 0.3528;
/** Nothing in the report is set smaller than this (pt). */
export const MIN_TYPE = 8.5;

export type Align = 'left' | 'right' | 'center';
export type WriteOptions = {
  size?: number;
  bold?: boolean;
  color?: string;
  indent?: number;
  gapAfter?: number;
  tag?: StructType;
  lang?: string;
  keepWithNext?: number;
  /**
   * Lines of what follows (e.g. a list's one-line last item) that must share a page with this
   * text's last line: counted as lines of it when choosing where it breaks, so they never start a page alone.
   */
  trailingLines?: number;
  /** Draws what precedes the first line (a list bullet) once the page of that line is settled; gets its baseline. */
  beforeFirstLine?: (baseline: number) => void;
};

export class PdfWriter {
  y: number = PAGE.top;
  readonly tags: TagRecorder;
  /** Language of the report; a paragraph in the other script gets its own Lang. */
  readonly lang: string;

  constructor(
    readonly doc: jsPDF,
    readonly rtl: boolean,
    readonly engine: TextEngine,
  ) {
    this.lang = rtl ? 'ar' : 'en';
    this.tags = new TagRecorder(doc, this.lang);
  }

  get contentWidth(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  /** x of the reading start, `indent` mm into the text column. */
  startX(indent = 0): number {
    return this.rtl ? PAGE.width - PAGE.margin - indent : PAGE.margin + indent;
  }

  endX(): number {
    return this.rtl ? PAGE.margin : PAGE.width - PAGE.margin;
  }

  get startAlign(): Align {
    return this.rtl ? 'right' : 'left';
  }

  get endAlign(): Align {
    return this.rtl ? 'left' : 'right';
  }

  font(size: number, bold = false, color: string = INK): void {
    this.doc.setFont(REPORT_FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(Math.max(size, MIN_TYPE));
    this.doc.setTextColor(color);
  }

  lineHeight(size: number): number {
    return Math.max(size, MIN_TYPE) * PT * 1.55;
  }

  /** Lines of `text` at the current font, broken by shaped width. */
  split(text: string, width: number): string[] {
    return this.engine.split(text, width);
  }

  /** One line at (x, y): its own paragraph direction decides nothing but the glyph order. */
  text(text: string, x: number, y: number, align: Align = this.startAlign, extra: Record<string, unknown> = {}): void {
    this.engine.drawLine(this.engine.lineFor(text), x, y, align, { baseline: 'alphabetic', ...extra });
  }

  /**
   * One line followed by a space glyph where its reading ends, for a text that shares its line
   * with another drawn after it (a contents title and its page number, the footer note and the
   * page label). MuPDF and pdf.js take such texts in drawing order and see no gap between
   * right-to-left texts (the next one sits further left), so without the space "الملف" and "3"
   * extract as one word.
   */
  textThenSpace(text: string, x: number, y: number, align: Align = this.startAlign): void {
    const line = this.engine.lineFor(text);
    this.engine.drawReadingEnd(line, this.engine.drawLine(line, x, y, align, { baseline: 'alphabetic' }), y);
  }

  /** A laid-out line placed at the start edge of its own paragraph direction within the column. */
  place(line: LaidLine, indent: number, y: number): void {
    const x = line.rtl ? PAGE.width - PAGE.margin - (this.rtl ? indent : 0) : PAGE.margin + (this.rtl ? 0 : indent);
    this.engine.drawLine(line, x, y, line.rtl ? 'right' : 'left', { baseline: 'alphabetic' });
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  /** The language of a paragraph when it differs from the report's (an English title in an Arabic report). */
  langOf(line: LaidLine): string | undefined {
    const lang = line.rtl ? 'ar' : 'en';
    return lang === this.lang ? undefined : lang;
  }

  /** How many of `remaining` lines (plus `trailing` lines that must follow the last one) to set before the next page break. */
  private linesOnThisPage(remaining: number, trailing: number, height: number): number {
    const room = Math.floor((PAGE.bottom - this.y) / height + 1e-6);
    const total = remaining + trailing;
    if (room >= total) return remaining;
    return Math.min(linesBeforeBreak(total, room), remaining);
  }

  /**
   * Wrapped text from the cursor as one structure element per paragraph; breaks pages between
   * lines, never leaving a paragraph's first line alone at the foot of a page nor its last line
   * alone at the head of the next (pdf-keep.ts).
   */
  write(text: string, options: WriteOptions = {}): StructNode[] {
    const size = Math.max(options.size ?? 10.5, MIN_TYPE);
    const indent = options.indent ?? 0;
    this.font(size, options.bold ?? false, options.color ?? INK);
    const height = this.lineHeight(size);
    const nodes: StructNode[] = [];
    const paragraphs = text.split('\n');
    for (const [index, paragraph] of paragraphs.entries()) {
      const lines = this.engine.layout(paragraph, this.contentWidth - indent);
      const lang = options.lang ?? (lines[0] ? this.langOf(lines[0]) : undefined);
      const trailing = index === paragraphs.length - 1 ? (options.trailingLines ?? 0) : 0;
      // A heading keeps the lines that follow it.
      this.ensure(height * Math.min(lines.length, 2) + (options.keepWithNext ?? 0));
      let left = this.linesOnThisPage(lines.length, trailing, height);
      if (left === 0 && lines.length > 0) {
        this.newPage();
        left = this.linesOnThisPage(lines.length, trailing, height) || lines.length;
      }
      if (index === 0) options.beforeFirstLine?.(this.y + height * 0.78);
      const node = this.tags.open(options.tag ?? 'P', lang ? { lang } : {});
      if (node.type.startsWith('H')) {
        node.anchor = { page: this.currentPage(), y: this.y };
        node.title = paragraph;
      }
      for (const [number, line] of lines.entries()) {
        if (left === 0) {
          this.newPage();
          left = this.linesOnThisPage(lines.length - number, trailing, height) || lines.length - number;
        }
        left -= 1;
        this.y += height * 0.78;
        if (line.logical) this.tags.content(() => this.place(line, indent, this.y));
        this.y += height * 0.22;
      }
      this.tags.close(node);
      nodes.push(node);
    }
    this.y += options.gapAfter ?? 2.5;
    return nodes;
  }

  rule(color: string = BRAND, width = 0.4): void {
    this.tags.artifact(() => {
      this.doc.setDrawColor(color);
      this.doc.setLineWidth(width);
      this.doc.line(PAGE.margin, this.y, PAGE.width - PAGE.margin, this.y);
    });
  }

  currentPage(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }
}
