import type { PDFDocument } from 'pdf-lib';

/**
 * Compresses the report's streams once, at the end. jsPDF's own compression (fflate in
 * JavaScript, then each compressed byte appended to a string one at a time) was the largest
 * single cost of a build in the browser's worker, so the report document is written
 * uncompressed (pdf-text-install.ts) and every stream without a filter is deflated here with the
 * platform's zlib (CompressionStream, native in browsers, workers and Node), all at once. The
 * streams decode to the same bytes, so every page shows the same glyphs.
 */
export async function deflateStreams(pdf: PDFDocument): Promise<number> {
  const { PDFName, PDFRawStream } = await import('pdf-lib');
  const filter = PDFName.of('Filter');
  const jobs: Promise<void>[] = [];
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.has(filter)) continue;
    jobs.push(
      deflate(pdf, object.contents).then((bytes) => {
        object.dict.set(filter, PDFName.of('FlateDecode'));
        pdf.context.assign(ref, PDFRawStream.of(object.dict, bytes));
      }),
    );
  }
  await Promise.all(jobs);
  return jobs.length;
}

async function deflate(pdf: PDFDocument, bytes: Uint8Array): Promise<Uint8Array> {
  // Without the native stream (older engines), pdf-lib's own deflate does the same job.
  if (typeof CompressionStream === 'undefined') return pdf.context.flateStream(bytes).contents;
  // Written and read straight through the stream (a Blob in between cost more than the deflate).
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push(chunk.value);
    length += chunk.value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
