// The one font of every figure: Source Sans 3 (SIL Open Font License 1.1), Latin subset, from the npm package
// @fontsource/source-sans-3. The browser and Node read the same files, so they embed and draw the same bytes.

/** The weights figures use. */
export const FONT_WEIGHTS = [400, 600] as const;

/** A weight figures use. */
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The file formats the package ships: WOFF2 (embedded in SVG downloads) and WOFF 1.0 (turned into OpenType for resvg). */
export type FontFormat = 'woff' | 'woff2';

/** The bytes of the font's files, one per weight. */
export type FontFiles = Readonly<Record<FontWeight, Uint8Array>>;

/** Returns the name of the font's file at a weight and format, inside the package's `files/` folder. */
export function fontFileName(weight: FontWeight, format: FontFormat): string {
  return `source-sans-3-latin-${weight}-normal.${format}`;
}
