// The page tests/e2e/pngParity.test.ts builds with Vite and opens in Chromium: it draws PNGs and writes the SVG
// font CSS with the browser's loaders, importing the rasteriser only when a PNG is first asked for, as the app does.
import { base64 } from '../../src/figure/font/base64';
import { fontFaceCss } from '../../src/figure/font/fontFace';
import { loadFontBrowser } from '../../src/figure/font/loadFontBrowser';

declare global {
  interface Window {
    /** Returns the PNG of an SVG drawn in this page, as base64. */
    drawPng: (svg: string, scale: 1 | 2 | 4) => Promise<string>;
    /** Returns the download's `@font-face` CSS, made from the font files this page fetches. */
    fontFace: () => Promise<string>;
  }
}

window.drawPng = async (svg, scale) => {
  const { rasteriseInBrowser } = await import('../../src/figure/png/rasteriseBrowser');
  return base64(await rasteriseInBrowser(svg, scale));
};

window.fontFace = async () => {
  const woff2 = await loadFontBrowser('woff2');
  return fontFaceCss(woff2[400], woff2[600]);
};
