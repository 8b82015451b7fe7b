import type { PDFDocument, PDFRef } from 'pdf-lib';
import type * as PdfLib from 'pdf-lib';
import type { StructNode } from './pdf-tags';
import { isStructNode } from './pdf-tags';

/**
 * The accessibility layer written in the final pdf-lib pass (toward PDF/UA-1): the structure tree
 * recorded while drawing (pdf-tags.ts) with its parent tree, MarkInfo, document language, XMP
 * metadata with the title and the PDF/UA identifier, the reading direction, bookmarks nested by
 * section pointing at each heading, and subset tags on the embedded font names.
 */

export type StructureMetadata = {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly creator: string;
  readonly producer: string;
  readonly keywords: readonly string[];
  readonly language: string;
  readonly date: Date;
  readonly rtl: boolean;
};

const MM_TO_PT = 72 / 25.4;
const PAGE_HEIGHT_MM = 297;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xmpPacket(meta: StructureMetadata): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${escapeXml(meta.keywords.join(', '))}</pdf:Keywords>`,
    `<xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export async function writeStructure(pdf: PDFDocument, root: StructNode, meta: StructureMetadata): Promise<void> {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString } = await import('pdf-lib');
  const { context, catalog } = pdf;
  const pages = pdf.getPages();
  const pageRef = (page: number) => pages[page - 1]!.ref;
  const byPage = new Map<number, PDFRef[]>();
  const nums: (number | PDFRef)[] = [];
  let nextKey = pages.length;
  const linkAnnotations = (page: number) => {
    const annots = pages[page - 1]!.node.Annots();
    const links: PDFRef[] = [];
    for (let index = 0; index < (annots?.size() ?? 0); index += 1) {
      const ref = annots!.get(index);
      const annot = context.lookup(ref);
      if (annot instanceof PDFDict && annot.get(PDFName.of('Subtype')) === PDFName.of('Link')) links.push(ref as PDFRef);
    }
    return links;
  };
  const firstPage = (node: StructNode): number | undefined => {
    for (const kid of node.kids) {
      if (!isStructNode(kid)) return kid.page;
      const page = firstPage(kid);
      if (page !== undefined) return page;
    }
    return undefined;
  };

  const build = (node: StructNode, parent: PDFRef): PDFRef => {
    const ref = context.nextRef();
    const pg = firstPage(node);
    const kids: unknown[] = [];
    for (const kid of node.kids) {
      if (isStructNode(kid)) kids.push(build(kid, ref));
      else if ('mcid' in kid) {
        const list = byPage.get(kid.page) ?? [];
        list[kid.mcid] = ref;
        byPage.set(kid.page, list);
        kids.push(kid.page === pg ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: pageRef(kid.page), MCID: kid.mcid }));
      } else {
        const annotRef = linkAnnotations(kid.page)[kid.link];
        if (!annotRef) continue;
        const annot = context.lookup(annotRef, PDFDict);
        annot.set(PDFName.of('StructParent'), PDFNumber.of(nextKey));
        if (node.alt) annot.set(PDFName.of('Contents'), PDFHexString.fromText(node.alt));
        nums.push(nextKey, ref);
        nextKey += 1;
        kids.push(context.obj({ Type: 'OBJR', Pg: pageRef(kid.page), Obj: annotRef }));
      }
    }
    const dict = context.obj({ Type: 'StructElem', S: node.type, P: parent, K: kids as never });
    if (pg !== undefined) dict.set(PDFName.of('Pg'), pageRef(pg));
    if (node.lang) dict.set(PDFName.of('Lang'), PDFString.of(node.lang));
    if (node.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
    if (node.scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: node.scope }));
    context.assign(ref, dict);
    return ref;
  };

  const treeRef = context.nextRef();
  const documentRef = build(root, treeRef);
  for (const [page, refs] of [...byPage.entries()].sort(([a], [b]) => a - b)) {
    pages[page - 1]!.node.set(PDFName.of('StructParents'), PDFNumber.of(page - 1));
    nums.unshift(page - 1, context.obj(Array.from(refs, (ref) => ref ?? null)) as never);
  }
  // Nums must be sorted by key: pages first (0…n-1), then link annotations (n…).
  const pairs: [number, unknown][] = [];
  for (let index = 0; index < nums.length; index += 2) pairs.push([nums[index] as number, nums[index + 1]]);
  pairs.sort(([a], [b]) => a - b);
  const parentTree = context.obj({ Nums: pairs.flatMap(([key, value]) => [PDFNumber.of(key), value]) as never });
  context.assign(
    treeRef,
    context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.register(parentTree), ParentTreeNextKey: nextKey }),
  );
  for (const page of pages) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));

  catalog.set(PDFName.of('StructTreeRoot'), treeRef);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true, Direction: meta.rtl ? 'R2L' : 'L2R' }));
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  writeOutline(pdf, root, PDFArray, PDFHexString, PDFName);
  await tagSubsetFonts(pdf);
}

type Heading = { title: string; page: number; y: number; children: Heading[] };

/** Bookmarks: each section heading (H1), with its H2 headings nested under it. */
function outlineOf(root: StructNode): Heading[] {
  const top: Heading[] = [];
  const visit = (node: StructNode) => {
    if ((node.type === 'H1' || node.type === 'H2') && node.anchor && node.title) {
      const heading: Heading = { title: node.title, page: node.anchor.page, y: node.anchor.y, children: [] };
      if (node.type === 'H1') top.push(heading);
      else top[top.length - 1]?.children.push(heading);
      return;
    }
    for (const kid of node.kids) if (isStructNode(kid)) visit(kid);
  };
  visit(root);
  return top;
}

function writeOutline(
  pdf: PDFDocument,
  root: StructNode,
  PDFArray: typeof PdfLib.PDFArray,
  PDFHexString: typeof PdfLib.PDFHexString,
  PDFName: typeof PdfLib.PDFName,
): void {
  const headings = outlineOf(root);
  if (headings.length === 0) return;
  const { context } = pdf;
  const pages = pdf.getPages();
  const outlines = context.nextRef();
  const level = (items: Heading[], parent: PDFRef): PDFRef[] => {
    const refs = items.map(() => context.nextRef());
    items.forEach((item, index) => {
      const page = pages[item.page - 1] ?? pages[0]!;
      const top = (PAGE_HEIGHT_MM - item.y) * MM_TO_PT;
      const dest = PDFArray.withContext(context);
      for (const part of [page.ref, PDFName.of('XYZ'), context.obj(null), context.obj(Math.round(top + 12)), context.obj(null)])
        dest.push(part);
      const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: dest });
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < refs.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
      if (item.children.length > 0) {
        const kids = level(item.children, refs[index]!);
        dict.set(PDFName.of('First'), kids[0]!);
        dict.set(PDFName.of('Last'), kids[kids.length - 1]!);
        // Closed: the panel lists sections; a click opens their headings.
        dict.set(PDFName.of('Count'), context.obj(-kids.length));
      }
      context.assign(refs[index]!, dict);
    });
    return refs;
  };
  const refs = level(headings, outlines);
  context.assign(outlines, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  pdf.catalog.set(PDFName.of('Outlines'), outlines);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** A subset font's name starts with six capital letters and "+" (ISO 32000-1, 9.6.4). */
async function tagSubsetFonts(pdf: PDFDocument): Promise<void> {
  const { PDFArray, PDFDict, PDFName } = await import('pdf-lib');
  const { context } = pdf;
  let counter = 0;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (!(base instanceof PDFName)) continue;
    const name = base.decodeText();
    if (/^[A-Z]{6}\+/.test(name)) continue;
    counter += 1;
    const tag = Array.from({ length: 6 }, (_, index) =>
      String.fromCharCode(65 + ((name.charCodeAt(index % name.length) + counter * 7 + index * 3) % 26)),
    ).join('');
    const tagged = PDFName.of(`${tag}+${name}`);
    object.set(PDFName.of('BaseFont'), tagged);
    const descendants = object.lookup(PDFName.of('DescendantFonts'));
    if (!(descendants instanceof PDFArray)) continue;
    const cid = descendants.lookup(0);
    if (!(cid instanceof PDFDict)) continue;
    cid.set(PDFName.of('BaseFont'), tagged);
    const descriptor = cid.lookup(PDFName.of('FontDescriptor'));
    if (descriptor instanceof PDFDict) descriptor.set(PDFName.of('FontName'), tagged);
  }
}
