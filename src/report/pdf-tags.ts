import type { jsPDF } from 'jspdf';

/**
 * The logical structure of the report (Tagged PDF), recorded while pages are drawn: every piece
 * of content goes into marked content with an MCID that points to its structure element, and
 * everything that is not content (running header, footer, page numbers, watermark, rules) is an
 * Artifact. pdf-structure.ts turns the recorded tree into the PDF's StructTreeRoot at the end.
 */

export type StructType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Link'
  | 'TOC'
  | 'TOCI';

export type ContentRef = { readonly page: number; readonly mcid: number };
export type LinkRef = { readonly page: number; readonly link: number };

export type StructNode = {
  readonly type: StructType;
  readonly kids: (StructNode | ContentRef | LinkRef)[];
  lang?: string;
  alt?: string;
  scope?: 'Column' | 'Row';
  /** Where a heading starts: the bookmark's destination (page, mm from the top). */
  anchor?: { readonly page: number; readonly y: number };
  title?: string;
};

export function isStructNode(kid: StructNode | ContentRef | LinkRef): kid is StructNode {
  return 'type' in kid;
}

export class TagRecorder {
  readonly root: StructNode;
  private readonly stack: StructNode[];
  private readonly nextMcid = new Map<number, number>();
  /** Link annotations jsPDF created, per page, in creation order. */
  private readonly links = new Map<number, number>();

  constructor(
    private readonly doc: jsPDF,
    lang: string,
  ) {
    this.root = { type: 'Document', kids: [], lang };
    this.stack = [this.root];
  }

  private write(line: string): void {
    (this.doc.internal as unknown as { write(...text: string[]): void }).write(line);
  }

  private page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  get current(): StructNode {
    return this.stack[this.stack.length - 1]!;
  }

  /** A new element under the current one; it becomes current until `close`. */
  open(type: StructType, props: Partial<Omit<StructNode, 'type' | 'kids'>> = {}): StructNode {
    const node: StructNode = { type, kids: [], ...props };
    this.current.kids.push(node);
    this.stack.push(node);
    return node;
  }

  /** Makes an element made earlier current again (the contents, filled in once pages are known). */
  enter(node: StructNode): void {
    this.stack.push(node);
  }

  close(node: StructNode): void {
    const index = this.stack.lastIndexOf(node);
    if (index > 0) this.stack.length = index;
  }

  /** Opens, draws, closes: an element whose content is drawn in one go. */
  element(type: StructType, draw: () => void, props: Partial<Omit<StructNode, 'type' | 'kids'>> = {}): StructNode {
    const node = this.open(type, props);
    this.content(draw);
    this.close(node);
    return node;
  }

  /** Marked content belonging to the current element, on the current page. */
  content(draw: () => void, node: StructNode = this.current): void {
    const page = this.page();
    const mcid = this.nextMcid.get(page) ?? 0;
    this.nextMcid.set(page, mcid + 1);
    this.write(`/${node.type} <</MCID ${mcid}>> BDC`);
    draw();
    if (this.page() !== page) throw new Error('Marked content must not span a page break');
    this.write('EMC');
    node.kids.push({ page, mcid });
  }

  /** The open/close halves of `content`, for drawing driven by callbacks (autotable's cell hooks). */
  begin(node: StructNode): void {
    const page = this.page();
    const mcid = this.nextMcid.get(page) ?? 0;
    this.nextMcid.set(page, mcid + 1);
    this.write(`/${node.type} <</MCID ${mcid}>> BDC`);
    node.kids.push({ page, mcid });
  }

  beginArtifact(kind: 'Pagination' | 'Layout' | 'Page' = 'Layout'): void {
    this.write(`/Artifact <</Type /${kind}>> BDC`);
  }

  end(): void {
    this.write('EMC');
  }

  /** Content that is not part of the text: page furniture, decoration, repeated table heads. */
  artifact(draw: () => void, kind: 'Pagination' | 'Layout' | 'Page' = 'Layout', subtype?: 'Header' | 'Footer' | 'Watermark'): void {
    this.write(`/Artifact <</Type /${kind}${subtype ? ` /Subtype /${subtype}` : ''}>> BDC`);
    draw();
    this.write('EMC');
  }

  /** Records the link annotation jsPDF just created on this page as a kid of the current element. */
  linkAnnotation(): void {
    const page = this.page();
    const link = this.links.get(page) ?? 0;
    this.links.set(page, link + 1);
    this.current.kids.push({ page, link });
  }
}
