import type { PDFDocument } from 'pdf-lib';

/**
 * The text a PDF page prints, as the glyphs its content stream shows (every string operand of
 * Tj/TJ, in order). A report rebuilt from its own data with the same options shows exactly the
 * same glyphs, so comparing these page by page finds an edited figure or sentence and names its
 * page, without a full text extractor.
 */
export async function pageGlyphs(pdf: PDFDocument): Promise<string[]> {
  const { PDFArray, PDFRawStream, PDFRef, decodePDFRawStream } = await import('pdf-lib');
  const decoder = new TextDecoder('latin1');
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams: unknown[] = [];
    const collect = (value: unknown) => {
      const resolved = value instanceof PDFRef ? page.node.context.lookup(value) : value;
      if (resolved instanceof PDFArray) for (let index = 0; index < resolved.size(); index += 1) collect(resolved.get(index));
      else if (resolved instanceof PDFRawStream) streams.push(resolved);
    };
    collect(contents);
    const text = streams
      .map((stream) => decoder.decode(decodePDFRawStream(stream as Parameters<typeof decodePDFRawStream>[0]).decode()))
      .join('\n');
    // Hex and literal strings that are operands of the text-showing operators.
    const shown = text.match(/(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj|\[[^\]]*\]\s*TJ/g) ?? [];
    return shown
      .map((operation) =>
        operation
          .replace(/\s*T[jJ]$/, '')
          .replace(/\s+/g, '')
          .toLowerCase(),
      )
      .join(' ');
  });
}
