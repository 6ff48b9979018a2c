import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  type FontFiles,
  type FontFormat,
  type FontWeight,
  fontFileName,
} from '../../src/figure/font/bundledFont';

const require = createRequire(import.meta.url);

/** Returns the path of the bundled font's file at a weight and format, resolved in node_modules. */
export function fontFilePath(weight: FontWeight, format: FontFormat): string {
  return require.resolve(`@fontsource/source-sans-3/files/${fontFileName(weight, format)}`);
}

/** Returns the bundled font's files in a format, weights 400 and 600, read from node_modules: the browser's bytes. */
export async function loadFontNode(format: FontFormat): Promise<FontFiles> {
  const [regular, semibold] = await Promise.all([
    readFile(fontFilePath(400, format)),
    readFile(fontFilePath(600, format)),
  ]);
  return { 400: new Uint8Array(regular), 600: new Uint8Array(semibold) };
}
