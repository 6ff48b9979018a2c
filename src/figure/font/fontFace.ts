import { FONT_FAMILY } from '../../core/figure/theme';
import { base64 } from './base64';

/**
 * Returns the `@font-face` rules of the bundled font for SVG downloads: weights 400 and 600 of "Source Sans 3",
 * each embedded as a WOFF2 data URL. Pure: the same bytes give the same text in the browser and in Node.
 */
export function fontFaceCss(regular: Uint8Array, semibold: Uint8Array): string {
  const face = (weight: number, bytes: Uint8Array) =>
    `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
    `src:url(data:font/woff2;base64,${base64(bytes)}) format('woff2')}`;
  return face(400, regular) + face(600, semibold);
}
