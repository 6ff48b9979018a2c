import regularWoff from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff?url';
import regularWoff2 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import semiboldWoff from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff?url';
import semiboldWoff2 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import type { FontFiles, FontFormat } from './bundledFont';
import { fetchBytes } from './fetchBytes';

// Vite ships the package's files beside the app and gives their addresses; nothing is fetched until asked for.
const URLS: Readonly<Record<FontFormat, readonly [string, string]>> = {
  woff2: [regularWoff2, semiboldWoff2],
  woff: [regularWoff, semiboldWoff],
};

/** Returns the bundled font's files in a format, weights 400 and 600, fetched from the files the app ships. */
export async function loadFontBrowser(format: FontFormat): Promise<FontFiles> {
  const [regular, semibold] = await Promise.all(URLS[format].map(fetchBytes));
  if (regular === undefined || semibold === undefined) throw new Error('two font files expected');
  return { 400: regular, 600: semibold };
}
