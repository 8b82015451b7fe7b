import { autoTable } from 'jspdf-autotable';
import type { CellHookData } from 'jspdf-autotable';
import { REPORT_FONT } from './pdf-fonts';
import type { StructNode } from './pdf-tags';
import type { PdfWriter } from './pdf-writer';
import { INK, MUTED, PAGE } from './pdf-writer';
import type { TableColumn } from './report-blocks';

/**
 * A table of the report through jspdf-autotable, tagged as Table > THead/TBody > TR > TH/TD (heads
 * with column scope) in reading order even when the columns are mirrored for right-to-left. The
 * head repeats on every page as an artifact; a row continued on the next page repeats its
 * identifier and a shortened question so the reader knows whose text goes on.
 */

/** Columns in reading order, mirrored for right-to-left so the first column sits on the right. */
export function orderedForDirection<T>(cells: readonly T[], rtl: boolean): T[] {
  return rtl ? [...cells].reverse() : [...cells];
}

const HEAD_AND_TWO_ROWS = 26;
/** A row of this many lines or fewer moves whole to the next page rather than splitting. */
export const UNSPLIT_ROW_LINES = 3;
/** A longer row splits only where each page keeps at least this many of its lines. */
const LINES_EACH_SIDE = 2;
const CELL_TYPE = 8.5;
const CELL_PADDING = 1.6;

/** The number of lines of a row's tallest cell, as autotable wrapped them. */
function linesOf(row: { cells: Record<string, { text: string[] }> } | undefined): number {
  return row ? Math.max(0, ...Object.values(row.cells).map((cell) => cell.text.length)) : 0;
}

export function renderTable(writer: PdfWriter, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
  const { tags, engine } = writer;
  const rtl = writer.rtl;
  const count = columns.length;
  const logical = (visual: number) => (rtl ? count - 1 - visual : visual);
  const ordered = orderedForDirection(columns, rtl);
  const columnStyles: Record<number, { cellWidth: number | 'auto'; fontStyle?: 'bold' }> = {};
  ordered.forEach((column, index) => {
    columnStyles[index] = { cellWidth: column.width, ...(column.bold ? { fontStyle: 'bold' } : {}) };
  });
  // A table head never ends a page: it starts where the head and two rows' first lines fit.
  writer.ensure(HEAD_AND_TWO_ROWS);
  const table = tags.open('Table');
  const thead = tags.open('THead');
  tags.close(thead);
  const tbody = tags.open('TBody');
  tags.close(tbody);
  tags.close(table);
  let headRow: StructNode[] | null = null;
  const bodyRows = new Map<number, StructNode[]>();
  const drawnOn = new Map<number, number>();
  let headPage = 0;

  const cellsOf = (parent: StructNode, type: 'TH' | 'TD'): StructNode[] => {
    const tr: StructNode = { type: 'TR', kids: [] };
    parent.kids.push(tr);
    return columns.map(() => {
      const cell: StructNode = type === 'TH' ? { type, kids: [], scope: 'Column' } : { type, kids: [] };
      tr.kids.push(cell);
      return cell;
    });
  };

  // autotable draws the part of a row that runs onto the next page as a new row numbered -1:
  // it belongs to the last row drawn before it.
  let lastRow = -1;
  const rowOf = (hook: CellHookData): number => {
    if (hook.row.index >= 0) lastRow = hook.row.index;
    return lastRow;
  };

  /** The part of a row drawn after a page break, where a cell's own text has run out. */
  const continuation = (row: number): boolean => {
    const page = writer.currentPage();
    const first = drawnOn.get(row);
    if (first === undefined) drawnOn.set(row, page);
    return first !== undefined && first !== page;
  };

  const order = rtl ? new ReadingOrder(writer) : null;

  autoTable(writer.doc, {
    startY: writer.y,
    margin: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    head: [ordered.map((column) => column.header)],
    body: rows.map((row) => orderedForDirection(row, rtl)),
    theme: 'grid',
    // Set before each row in didDrawCell: short rows never split, long ones may.
    rowPageBreak: 'auto',
    styles: {
      font: REPORT_FONT,
      fontSize: CELL_TYPE,
      cellPadding: CELL_PADDING,
      valign: 'top',
      halign: 'left',
      textColor: INK,
      lineColor: '#c8d2dc',
      lineWidth: 0.15,
      overflow: 'linebreak',
      textOptions: {},
    },
    headStyles: { font: REPORT_FONT, fontStyle: 'bold', fillColor: '#0b3d6e', textColor: '#ffffff', halign: 'left' },
    alternateRowStyles: { fillColor: '#f4f7fa' },
    columnStyles,
    willDrawCell: (hook) => {
      const { cell } = hook;
      order?.cell(`${hook.section}:${hook.row.index}`, cell.styles);
      const column = logical(hook.column.index);
      const edges = { left: cell.x + cell.padding('left'), right: cell.x + cell.width - cell.padding('right') };
      // Identifier columns and the head keep the table's side; prose starts where its language starts.
      const keepSide = hook.section === 'head' || cell.styles.fontStyle === 'bold';
      cell.styles.textOptions = (keepSide ? { cellEdges: edges, side: rtl ? 'right' : 'left' } : { cellEdges: edges }) as never;
      if (hook.section === 'head') {
        const page = writer.currentPage();
        if (headRow === null) {
          headRow = cellsOf(thead, 'TH');
          headPage = page;
        }
        if (page === headPage) tags.begin(headRow[column]!);
        else tags.beginArtifact('Pagination');
        return;
      }
      const row = rowOf(hook);
      if (!bodyRows.has(row)) bodyRows.set(row, cellsOf(tbody, 'TD'));
      if (continuation(row) && cell.text.every((line) => line.trim() === '')) {
        // Repeat who this row is about: the identifier whole, any other text shortened to one line.
        const raw = String(hook.cell.raw ?? '').split('\n')[0] ?? '';
        const short = engine.split(raw, cell.width - cell.padding('left') - cell.padding('right'));
        cell.text = [short.length > 1 ? `${short[0]}…` : (short[0] ?? '')];
        if (cell.styles.fontStyle !== 'bold') cell.styles.textColor = MUTED;
        tags.beginArtifact('Pagination');
        return;
      }
      tags.begin(bodyRows.get(row)![column]!);
    },
    didDrawCell: (hook) => {
      tags.end();
      order?.drawn();
      // autotable decides whether a row may split when it reaches it, from this one setting: a
      // short row (a decision and its reservation) moves whole; a long justification continues
      // on the next page rather than leaving half a page empty, but never leaves a single line
      // at the foot of a page or carries a single line over.
      const lines = linesOf(hook.table.body[lastRow + 1]);
      const { doc } = writer;
      const lineHeight = (CELL_TYPE / doc.internal.scaleFactor) * doc.getLineHeightFactor();
      const room = PAGE.bottom - (hook.cell.y + hook.row.height) - 2 * CELL_PADDING;
      const fit = Math.floor(room / lineHeight + 1e-6);
      const split = lines > UNSPLIT_ROW_LINES && fit >= LINES_EACH_SIDE && lines - fit >= LINES_EACH_SIDE;
      (hook.table.settings as { rowPageBreak: 'auto' | 'avoid' }).rowPageBreak = split ? 'auto' : 'avoid';
    },
  });
  order?.flush();
  writer.y = (writer.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
}

type CellStyles = CellHookData['cell']['styles'];
type Colour = CellStyles['fillColor'];

/**
 * autotable draws a row's cells left to right; in a right-to-left table that is the reverse of
 * reading order, and readers that keep drawing order (MuPDF, pdf.js) would read the answer before
 * the question. This moves each row's cells, as drawn on one page, into reading order in the
 * page's content stream. Each cell's operators are self-contained: autotable sets its colours and
 * line width before each cell (re-set here for the first cell of a row, whose settings precede
 * the hook), and text sets its own font and colour.
 */
class ReadingOrder {
  private row: { key: string; page: number; start: number; ends: number[] } | null = null;

  constructor(private readonly writer: PdfWriter) {}

  private content(page: number): string[] {
    return (this.writer.doc.internal as unknown as { pages: string[][] }).pages[page]!;
  }

  /** Before a cell is drawn. */
  cell(key: string, styles: CellStyles): void {
    const page = this.writer.currentPage();
    if (this.row?.key === key && this.row.page === page) return;
    this.flush();
    this.row = { key, page, start: this.content(page).length, ends: [] };
    const { doc } = this.writer;
    type Setter = (...values: (string | number)[]) => unknown;
    const paint = (colour: Colour, set: Setter) => {
      if (colour === false || colour === null || colour === undefined) return;
      if (Array.isArray(colour)) set(...colour);
      else set(colour);
    };
    paint(styles.fillColor, doc.setFillColor.bind(doc) as Setter);
    paint(styles.lineColor, doc.setDrawColor.bind(doc) as Setter);
    if (typeof styles.lineWidth === 'number') doc.setLineWidth(styles.lineWidth);
  }

  /** After a cell is drawn. */
  drawn(): void {
    if (this.row) this.row.ends.push(this.content(this.row.page).length);
  }

  flush(): void {
    const row = this.row;
    this.row = null;
    if (!row || row.ends.length < 2) return;
    const lines = this.content(row.page);
    const bounds = [row.start, ...row.ends];
    const cells = row.ends.map((end, index) => lines.slice(bounds[index], end));
    lines.splice(row.start, bounds[bounds.length - 1]! - row.start, ...cells.reverse().flat());
  }
}
