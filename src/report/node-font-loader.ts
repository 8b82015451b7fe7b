import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontLoader } from './pdf-fonts';
import { FONT_FILES } from './pdf-fonts';

/** Reads the fonts from node_modules for the headless report command and Node tests. */
const require = createRequire(import.meta.url);

export const nodeFontLoader: FontLoader = async (face) => new Uint8Array(await readFile(require.resolve(FONT_FILES[face])));
