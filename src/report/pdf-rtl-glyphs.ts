import type { jsPDF } from 'jspdf';
import type { Piece, Script } from './pdf-bidi';
import { LIGATURE_LETTERS, mirrorOf, POPPLER_LEFT_TO_RIGHT, RLM_GLYPH } from './pdf-bidi';
import { ARABIC_FONT } from './pdf-fonts';

/**
 * The PDF content-stream operators for right-to-left text (used by pdf-text.ts's TextEngine):
 * each glyph placed on its own at its display position, in reading order, and the invisible
 * right-to-left marks that keep poppler's neutrals in place. Built as operator strings and
 * written by the engine, since jsPDF's text() would order and place them itself.
 */

/** Width in mm of display-ordered glyphs in one face, at the document's current style and size. */
export type Measure = (text: string, script: Script) => number;

/** The face style the document is set in: the one a glyph of the current text is drawn in. */
export function fontStyleOf(doc: jsPDF): 'normal' | 'bold' {
  return doc.getFont().fontStyle === 'bold' ? 'bold' : 'normal';
}

/** Appends raw operators to the current page's content stream. */
export function writeOps(doc: jsPDF, ops: string): void {
  (doc.internal as unknown as { write(...text: string[]): void }).write(ops);
}

type EscapedText = { readonly hex: string; readonly glyphs: readonly (readonly [glyph: number, code: number])[] };
type GlyphFont = { metadata: { characterToGlyph(code: number): number; toUnicode: Record<number, number> } };
const escaped = new WeakMap<object, Map<string, EscapedText>>();

/**
 * jsPDF's pdfEscape16 (the hex glyph ids of a text in a font), remembered per font and text. jsPDF
 * searches its list of used widths and appends to its list of used glyphs on every call, which
 * grew with every glyph of the document; a repeat only renews the Unicode map entries it wrote.
 */
export function glyphHex(doc: jsPDF, text: string, font: unknown = doc.getFont()): string {
  const key = font as GlyphFont;
  let known = escaped.get(key);
  if (!known) escaped.set(key, (known = new Map()));
  const hit = known.get(text);
  if (hit) {
    for (const [glyph, code] of hit.glyphs) key.metadata.toUnicode[glyph] = code;
    return hit.hex;
  }
  const hex = (doc as unknown as { pdfEscape16(text: string, font: unknown): string }).pdfEscape16.call(doc, text, font);
  const glyphs = Array.from(text, (_char, index) => {
    const code = text.charCodeAt(index);
    return [key.metadata.characterToGlyph(code), code] as const;
  });
  known.set(text, { hex, glyphs });
  return hex;
}

/** A "#rrggbb" text colour as the PDF fill-colour operator. */
function fillColor(hex: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return '0 g';
  return `${match
    .slice(1)
    .map((part) => (Number.parseInt(part, 16) / 255).toFixed(3))
    .join(' ')} rg`;
}

/**
 * An invisible right-to-left mark (RLM_GLYPH, whose Unicode map is U+200F) just left of `x`.
 * poppler orders a right-to-left line itself, treating digits, Latin letters and the Arabic
 * comma as left-to-right and letting such a run take every neutral to its left (so "المادة 12 من"
 * came out "المادة  12من" and "لديمولاند، بما" as "لديمولاند ،بما"); a strong right-to-left
 * character at the run's left end stops it. pdf.js skips format characters, MuPDF keeps it as
 * an invisible U+200F.
 */
export function rlmMarkOps(doc: jsPDF, x: number, y: number, inTextObject: boolean, measure: Measure): string {
  const size = doc.getFontSize();
  const style = fontStyleOf(doc);
  const current = doc.getFont() as unknown as { id: string };
  const arabic = (doc.getFont as unknown as (name: string, style: string) => { id: string })(ARABIC_FONT, style);
  const glyph = glyphHex(doc, RLM_GLYPH, arabic);
  const k = doc.internal.scaleFactor;
  const start = x - measure(RLM_GLYPH, 'arabic') * 0.01 - 0.005;
  const originY = (doc.internal.pageSize.getHeight() - y) * k;
  const mark = ` 3 Tr 1 Tz /${arabic.id} ${size} Tf 1 0 0 1 ${(start * k).toFixed(2)} ${originY.toFixed(2)} Tm <${glyph}> Tj 100 Tz 0 Tr`;
  return inTextObject ? `${mark} /${current.id} ${size} Tf` : mark;
}

const COMBINING_MARK = /\p{Mn}/u;
type OutlinedFont = {
  metadata: {
    characterToGlyph(code: number): number;
    head: { unitsPerEm: number };
    glyf: { glyphFor(id: number): { xMin: number; xMax: number } | null };
  };
};

/**
 * Where a combining mark (shadda, a vowel sign) is set: its outline centred over its base letter,
 * the first letter to its right in display order. Drawn at the base's left edge, as its zero
 * advance put it, Amiri's marks stood over the next letter: poppler, which places a mark by its
 * outline, put it after the wrong letter and cut such words.
 */
function markOffset(
  doc: jsPDF,
  chars: readonly string[],
  offsets: readonly number[],
  index: number,
  script: Script,
  measure: Measure,
): number {
  let base = index + 1;
  while (base < chars.length && COMBINING_MARK.test(chars[base]!)) base += 1;
  const font = doc.getFont() as unknown as OutlinedFont;
  const outline = font.metadata.glyf.glyphFor(font.metadata.characterToGlyph(chars[index]!.charCodeAt(0)));
  if (base >= chars.length || !outline) return offsets[index]!;
  const toMm = doc.getFontSize() / font.metadata.head.unitsPerEm / doc.internal.scaleFactor;
  const width = measure(chars[base]!, script);
  const centred = offsets[base]! + width / 2 - ((outline.xMin + outline.xMax) / 2) * toMm;
  return Math.min(Math.max(centred, offsets[base]! + width * 0.05), offsets[base]! + width * 0.95);
}

/**
 * A right-to-left piece glyph by glyph in reading order (rightmost first), each glyph placed at
 * its display position along a baseline turned by `angle` degrees: the page looks the same, and
 * readers that keep drawing order (MuPDF) or reverse one-glyph items (pdf.js) read the letters as
 * written. A mirrored bracket is drawn with its mirror's glyph; a ligature's further letters
 * follow it as invisible, squeezed glyphs at its left edge (LIGATURE_LETTERS).
 */
export function rightToLeftOps(doc: jsPDF, piece: Piece, left: number, y: number, angle: number, measure: Measure): string {
  const font = doc.getFont() as unknown as { id: string };
  const current = doc.getFont();
  const escape = (text: string) => glyphHex(doc, text, current);
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
    return x + measure(char, piece.script);
  }, 0);
  let ops = `BT /${font.id} ${doc.getFontSize()} Tf ${fillColor(doc.getTextColor())}`;
  const mirrored = new Set(piece.mirrored);
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    const char = chars[index]!;
    const glyph = escape(mirrored.has(index) ? (mirrorOf(char) ?? char) : char);
    if (!glyph) continue;
    const x = COMBINING_MARK.test(char) ? markOffset(doc, chars, offsets, index, piece.script, measure) : offsets[index]!;
    ops += ` ${at(x)} <${glyph}> Tj`;
    if (angle === 0 && POPPLER_LEFT_TO_RIGHT.test(char)) ops += rlmMarkOps(doc, left + offsets[index]!, y, true, measure);
    const further = [...(LIGATURE_LETTERS.get(char) ?? '')].slice(1);
    if (further.length === 0) continue;
    // Invisible (3 Tr), 1 % wide, just left of the ligature: after it in drawing order and in
    // position order. Set 4 % larger, so pdf.js (which starts a new item at a size change)
    // does not fold the next letter into this one's item.
    ops += ` 3 Tr 1 Tz /${font.id} ${(doc.getFontSize() * 1.04).toFixed(2)} Tf`;
    further.forEach((letter, step) => (ops += ` ${at(offsets[index]! - 0.02 * (step + 1))} <${escape(letter)}> Tj`));
    ops += ` 100 Tz 0 Tr /${font.id} ${doc.getFontSize()} Tf`;
  }
  return `${ops} ET`;
}
