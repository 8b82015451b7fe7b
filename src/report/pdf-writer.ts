import type { jsPDF } from 'jspdf';
import { isRtlLine } from './pdf-bidi';
import { REPORT_FONT } from './pdf-fonts';

/**
 * A cursor over A4 pages that writes wrapped, direction-aware text: the one place that knows
 * margins and type sizes. Bidi options are added by pdf-bidi.ts, installed on the document.
 */

export const PAGE = { width: 210, height: 297, margin: 20, top: 27, bottom: 276 } as const;
export const BRAND = '#0b3d6e';
export const INK = '#1d1d1d';
export const MUTED = '#5a5a5a';
const PT = 0.3528;

export type Align = 'left' | 'right' | 'center';

export class PdfWriter {
  y: number = PAGE.top;

  constructor(
    readonly doc: jsPDF,
    readonly rtl: boolean,
  ) {}

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
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  lineHeight(size: number): number {
    return size * PT * 1.55;
  }

  split(text: string, width: number): string[] {
    return text.split('\n').flatMap((paragraph) => (paragraph.trim() === '' ? [''] : (this.doc.splitTextToSize(paragraph, width) as string[])));
  }

  text(text: string, x: number, y: number, align: Align = this.startAlign, extra: Record<string, unknown> = {}): void {
    this.doc.text(text, x, y, { align, baseline: 'alphabetic', ...extra });
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  /** Wrapped text from the cursor; breaks pages between lines. */
  write(text: string, options: { size?: number; bold?: boolean; color?: string; indent?: number; gapAfter?: number } = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    this.font(size, options.bold ?? false, options.color ?? INK);
    const height = this.lineHeight(size);
    for (const paragraph of text.split('\n')) {
      const paragraphRtl = isRtlLine(paragraph);
      for (const line of this.split(paragraph, this.contentWidth - indent)) {
        this.ensure(height);
        this.y += height * 0.78;
        if (line) this.text(line, this.startX(indent), this.y, this.startAlign, { paragraphRtl });
        this.y += height * 0.22;
      }
    }
    this.y += options.gapAfter ?? 2.5;
  }

  rule(color: string = BRAND, width = 0.4): void {
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(width);
    this.doc.line(PAGE.margin, this.y, PAGE.width - PAGE.margin, this.y);
  }

  currentPage(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }
}
