import type { Locale } from './localized-text';
import { scriptLanguage } from './bilingual-text';

/**
 * What the side-by-side editors do with what is typed or pasted into one language of a text,
 * before it is stored. Each problem is a code the screen words in the user's language:
 * - too long: refused, the text stays as it was;
 * - in the other script than its field (Arabic typed on the English side): stored, with a warning;
 * - pasted rich text: kept as plain text (the editor pastes the plain form), with a notice;
 * - unpaired bidi control characters (they would reorder everything after them in print): removed.
 */

export type TextInputNotice = 'too-long' | 'other-script' | 'rich-text-plain' | 'bidi-removed';

export type CleanedInput = {
  /** null when the input is refused and the stored text must stay as it was. */
  readonly value: string | null;
  readonly notices: readonly TextInputNotice[];
};

/** Longest text one language of one field may hold: far above any real paragraph, low enough to catch a paste accident. */
export const MAX_TEXT_LENGTH = 20_000;

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF
const POP_EMBEDDING = '\u202C';
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI
const POP_ISOLATE = '\u2069';

/**
 * Removes bidi embedding/override/isolate controls that are not closed (or close nothing), keeping
 * well-formed pairs, which an author may have placed on purpose. Paragraph ends close everything.
 */
export function removeUnpairedBidi(text: string): string {
  const chars = [...text];
  const keep = chars.map(() => true);
  let open: { index: number; isolate: boolean }[] = [];
  chars.forEach((char, index) => {
    if (EMBEDDINGS.has(char) || ISOLATES.has(char)) open.push({ index, isolate: ISOLATES.has(char) });
    else if (char === POP_EMBEDDING || char === POP_ISOLATE) {
      const isolate = char === POP_ISOLATE;
      const last = open.at(-1);
      if (last && last.isolate === isolate) open.pop();
      else keep[index] = false;
    } else if (char === '\n') {
      for (const unclosed of open) keep[unclosed.index] = false;
      open = [];
    }
  });
  for (const unclosed of open) keep[unclosed.index] = false;
  return chars.filter((_, index) => keep[index]).join('');
}

/** Cleans one language's input. `pastedRichText` is set by the editor when the clipboard held HTML. */
export function cleanTextInput(
  raw: string,
  language: Locale,
  options: { readonly pastedRichText?: boolean; readonly maxLength?: number } = {},
): CleanedInput {
  const max = options.maxLength ?? MAX_TEXT_LENGTH;
  if (raw.length > max) return { value: null, notices: ['too-long'] };
  const notices: TextInputNotice[] = [];
  if (options.pastedRichText) notices.push('rich-text-plain');
  const value = removeUnpairedBidi(raw);
  if (value !== raw) notices.push('bidi-removed');
  const script = scriptLanguage(value);
  if (script !== null && script !== language) notices.push('other-script');
  return { value, notices };
}

/** Plain text from an HTML clipboard fragment when no plain form came with it: tags out, entities in, paragraphs as lines. */
export function plainFromHtml(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
