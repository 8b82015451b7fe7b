import regularUrl from '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf?url';
import latinRegularUrl from '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf?url';
import latinBoldUrl from '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf?url';
import type { FontFace, FontLoader } from './pdf-fonts';

const URLS: Readonly<Record<FontFace, string>> = {
  regular: regularUrl,
  bold: boldUrl,
  'latin-regular': latinRegularUrl,
  'latin-bold': latinBoldUrl,
};

/** Fetches the fonts as build assets, only when a report is exported (about 330–420 kB each). */
export const browserFontLoader: FontLoader = async (face) => {
  const response = await fetch(URLS[face]);
  if (!response.ok) throw new Error(`Font ${face} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};
