/**
 * The floor of a report PDF build: jsPDF alone writing `characters` characters of Latin filler in
 * Helvetica, 80 per line, over `pages` pages (no font embedding, shaping, bidi, layout, tables,
 * charts or tags). Run in Node by adapters/pdf-build.ts and in a Web Worker of the browser by
 * pdf-floor-worker.ts, so each report figure has a floor from the same run and the same engine.
 */
export async function bareJsPdf(characters: number, pages: number): Promise<{ ms: number; bytes: Uint8Array }> {
  const { jsPDF } = await import('jspdf');
  const start = performance.now();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const lines = Math.ceil(characters / 80);
  const perPage = Math.max(1, Math.ceil(lines / pages));
  const line = 'The quick brown fox jumps over the lazy dog while the report keeps its numbers. '.slice(0, 80);
  for (let index = 0; index < lines; index += 1) {
    if (index > 0 && index % perPage === 0) doc.addPage();
    doc.text(line, 20, 20 + (index % perPage) * 4.5);
  }
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  return { ms: performance.now() - start, bytes };
}
