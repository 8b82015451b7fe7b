import regularUrl from '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf?url';
import type { FontLoader } from './pdf-fonts';

/** Fetches the fonts as build assets, only when a report is exported (about 420 kB each). */
export const browserFontLoader: FontLoader = async (face) => {
  const response = await fetch(face === 'bold' ? boldUrl : regularUrl);
  if (!response.ok) throw new Error(`Font ${face} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};
