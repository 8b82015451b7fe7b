import type { jsPDF } from 'jspdf';

/**
 * The report's typeface, embedded so the PDF looks the same everywhere and Arabic is shaped:
 * Amiri (SIL Open Font License) from @expo-google-fonts/amiri, whose TTF also has Latin glyphs,
 * so English and Arabic reports share one look. How the bytes arrive is injected: fetch of a
 * `?url` asset in the browser (browser-font-loader.ts), the file system in Node (node-font-loader.ts).
 */

export type FontFace = 'regular' | 'bold';
export type FontLoader = (face: FontFace) => Promise<Uint8Array>;

export const REPORT_FONT = 'Amiri';

export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
  bold: '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
};

/** jsPDF's virtual file system takes base64; chunks keep String.fromCharCode within call limits. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export type LoadedFonts = Readonly<Record<FontFace, string>>;

export async function loadFonts(loader: FontLoader): Promise<LoadedFonts> {
  const [regular, bold] = await Promise.all([loader('regular'), loader('bold')]);
  return { regular: toBase64(regular), bold: toBase64(bold) };
}

/** Registers both faces; autotable's bold head cells need the bold one or fall back to Helvetica. */
export function registerFonts(doc: jsPDF, fonts: LoadedFonts): void {
  doc.addFileToVFS('Amiri-Regular.ttf', fonts.regular);
  doc.addFont('Amiri-Regular.ttf', REPORT_FONT, 'normal');
  doc.addFileToVFS('Amiri-Bold.ttf', fonts.bold);
  doc.addFont('Amiri-Bold.ttf', REPORT_FONT, 'bold');
  doc.setFont(REPORT_FONT, 'normal');
}
