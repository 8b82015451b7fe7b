import type { jsPDF } from 'jspdf';

/**
 * The report's typefaces, embedded (as subsets) so the PDF looks the same everywhere: Source Serif 4
 * (SIL Open Font License, from @expo-google-fonts/source-serif-4), a face made for body text, for
 * English and every Latin run; Amiri (SIL Open Font License, from @expo-google-fonts/amiri) for
 * Arabic. pdf-text.ts picks the face per run. How the bytes arrive is injected: fetch of a `?url`
 * asset in the browser (browser-font-loader.ts), the file system in Node (node-font-loader.ts).
 */

export type FontFace = 'regular' | 'bold' | 'latin-regular' | 'latin-bold';
export type FontLoader = (face: FontFace) => Promise<Uint8Array>;

export const ARABIC_FONT = 'Amiri';
export const LATIN_FONT = 'SourceSerif4';
/** The family code passes to setFont and autotable; the text engine then picks the face per run. */
export const REPORT_FONT = ARABIC_FONT;

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'latin-regular', 'latin-bold'];

export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
  bold: '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
  'latin-regular': '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
};

/**
 * A font file as the binary string jsPDF's virtual file system holds. jsPDF reads a string that
 * starts with a TrueType header as the file itself and anything else as base64, so handing it
 * the bytes as characters skips a base64 round trip (btoa here, atob in jsPDF) that cost about a
 * fifth of an Arabic build.
 */
export function toBinaryString(bytes: Uint8Array): string {
  // Each byte widened to one UTF-16 code unit (0–255, never a surrogate) and decoded natively:
  // many times faster than String.fromCharCode over chunks.
  const units = new Uint16Array(bytes.length);
  units.set(bytes);
  return new TextDecoder('utf-16le').decode(units);
}

/** The TrueType header jsPDF looks for (pdf-fonts.ts hands it binary strings only with it). */
const TRUETYPE_HEADER = '\x00\x01\x00\x00';

/** Each face as a binary TrueType string; a file that is not TrueType is refused here, by name. */
export type LoadedFonts = Readonly<Record<FontFace, string>>;

export async function loadFonts(loader: FontLoader): Promise<LoadedFonts> {
  const bytes = await Promise.all(FONT_FACES.map((face) => loader(face)));
  return Object.fromEntries(
    FONT_FACES.map((face, index) => {
      const binary = toBinaryString(bytes[index]!);
      if (!binary.startsWith(TRUETYPE_HEADER)) throw new Error(`Font ${face} is not a TrueType file`);
      return [face, binary];
    }),
  ) as LoadedFonts;
}

const REGISTRATION: readonly { face: FontFace; file: string; family: string; style: 'normal' | 'bold' }[] = [
  { face: 'regular', file: 'Amiri-Regular.ttf', family: ARABIC_FONT, style: 'normal' },
  { face: 'bold', file: 'Amiri-Bold.ttf', family: ARABIC_FONT, style: 'bold' },
  { face: 'latin-regular', file: 'SourceSerif4-Regular.ttf', family: LATIN_FONT, style: 'normal' },
  { face: 'latin-bold', file: 'SourceSerif4-Bold.ttf', family: LATIN_FONT, style: 'bold' },
];

/** Registers every face; autotable's bold head cells need the bold ones or fall back to Helvetica. */
export function registerFonts(doc: jsPDF, fonts: LoadedFonts): void {
  for (const { face, file, family, style } of REGISTRATION) {
    doc.addFileToVFS(file, fonts[face]);
    doc.addFont(file, family, style);
  }
  doc.setFont(REPORT_FONT, 'normal');
}
