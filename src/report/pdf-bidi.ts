import bidiFactory from 'bidi-js';
import type { EmbeddingLevels } from 'bidi-js';

/**
 * The Unicode Bidirectional Algorithm (UAX #9, bracket pairs included) through bidi-js, loaded
 * only with the PDF code. A paragraph is resolved once, on its shaped text, so every line cut from
 * it keeps the paragraph's levels (a wrapped list of codes keeps its Arabic comma in place), and
 * each line is then reordered for display (rules L1–L4: reverse runs, mark brackets to mirror).
 */

const bidi = bidiFactory();

/** Letters and marks of the Arabic blocks, including the presentation forms shaping produces. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_STRONG = /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const STRONG_ANY = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
/** Directional marks: they steer the algorithm but have no glyph, so they are never drawn. */
export const BIDI_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export type Script = 'arabic' | 'latin';

export function isArabic(char: string): boolean {
  return ARABIC.test(char);
}

/** Rule P2: the paragraph's direction is that of its first strong letter; none → the report's. */
export function paragraphIsRtl(text: string, fallbackRtl: boolean): boolean {
  const first = STRONG_ANY.exec(text);
  return first ? STRONG_RTL.test(first[0]) : fallbackRtl;
}

/** The character a right-to-left run shows in place of a bracket (rule L4), or null. */
export function mirrorOf(char: string): string | null {
  return bidi.getMirroredCharacter(char);
}

/**
 * The letters, in reading order, behind each ligature glyph jsPDF's Arabic shaper produces. A
 * ligature glyph's Unicode map can hold only its first letter: readers that keep drawing order
 * (MuPDF) would spell a multi-letter map as written, readers that reverse right-to-left items
 * (pdf.js) backwards. The other letters are drawn after it as invisible glyphs (pdf-text.ts).
 */
export const LIGATURE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['\uFEF5', '\u0644\u0622'],
  ['\uFEF6', '\u0644\u0622'],
  ['\uFEF7', '\u0644\u0623'],
  ['\uFEF8', '\u0644\u0623'],
  ['\uFEF9', '\u0644\u0625'],
  ['\uFEFA', '\u0644\u0625'],
  ['\uFEFB', '\u0644\u0627'],
  ['\uFEFC', '\u0644\u0627'],
  ['\uFDF2', '\u0627\u0644\u0644\u0647'],
  ['\uFC5E', '\u0651\u064C'],
  ['\uFC5F', '\u0651\u064D'],
  ['\uFC60', '\u0651\u064E'],
  ['\uFC61', '\u0651\u064F'],
  ['\uFC62', '\u0651\u0650'],
]);

/** A glyph of the Arabic face that report text never uses (a dotted circle), drawn invisibly as a
 *  right-to-left mark for poppler (pdf-text.ts); its Unicode map says U+200F (pdf-embed.ts). */
export const RLM_GLYPH = '\u25CC';
/** Characters poppler's own line ordering takes as left to right although they sit in a
 *  right-to-left run: the Arabic comma and semicolon. */
export const POPPLER_LEFT_TO_RIGHT = /[\u060C\u061B]/;

const BIDI_MARK = /^[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]$/;

export function isBidiMark(char: string): boolean {
  return BIDI_MARK.test(char);
}

export function stripBidiMarks(text: string): string {
  return text.replace(BIDI_MARKS, '');
}

export type ResolvedParagraph = { readonly text: string; readonly levels: EmbeddingLevels; readonly rtl: boolean };

export function resolveParagraph(shaped: string, rtl: boolean): ResolvedParagraph {
  return { text: shaped, levels: bidi.getEmbeddingLevels(shaped, rtl ? 'rtl' : 'ltr'), rtl };
}

/** Which face draws a character: Arabic letters in the Arabic face, Latin letters and digits in the
 *  Latin face, and everything neutral in the face of the direction it was resolved to. */
export function scriptOf(char: string, level: number): Script {
  if (ARABIC.test(char)) return 'arabic';
  if (LATIN_STRONG.test(char)) return 'latin';
  return level % 2 === 1 ? 'arabic' : 'latin';
}

/**
 * A stretch of one line drawn in one face at one level: `text` in display (left-to-right) order.
 * `mirrored` lists the offsets (in `text`) of brackets a right-to-left run shows mirrored: they
 * keep their own character here; the painter draws the mirror's glyph, and the Arabic face's
 * Unicode map names each bracket glyph by its mirror (pdf-embed.ts), so readers extract "(" where
 * the writer typed "(" and see ")" drawn.
 */
export type Piece = {
  readonly text: string;
  readonly script: Script;
  readonly level: number;
  readonly firstLogical: number;
  readonly mirrored: readonly number[];
};

/**
 * The pieces of the line [start, end] (inclusive, indices into the shaped paragraph), left to
 * right as displayed, brackets of right-to-left runs mirrored.
 */
export function displayPieces(paragraph: ResolvedParagraph, start: number, end: number): Piece[] {
  if (end < start) return [];
  const { text, levels } = paragraph;
  const order: number[] = [];
  for (let index = start; index <= end; index += 1) order.push(index);
  for (const [from = start, to = start] of bidi.getReorderSegments(text, levels, start, end)) {
    const slice = order.slice(from - start, to - start + 1).reverse();
    order.splice(from - start, slice.length, ...slice);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end);
  const pieces: { text: string; script: Script; level: number; firstLogical: number; mirrored: number[] }[] = [];
  for (const index of order) {
    const raw = text[index] ?? '';
    if (raw === '' || isBidiMark(raw)) continue;
    const level = levels.levels[index] ?? 0;
    const script = scriptOf(raw, level);
    let last = pieces[pieces.length - 1];
    if (last && last.script === script && last.level === level) last.firstLogical = Math.min(last.firstLogical, index);
    else {
      last = { text: '', script, level, firstLogical: index, mirrored: [] };
      pieces.push(last);
    }
    if (mirrored.has(index)) last.mirrored.push(last.text.length);
    last.text += raw;
  }
  return pieces;
}
