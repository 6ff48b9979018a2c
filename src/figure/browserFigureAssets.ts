import type { FigureAssets } from './figureFiles';
import { fontFaceCss } from './font/fontFace';
import { loadFontBrowser } from './font/loadFontBrowser';

/**
 * Returns the font and rasteriser of downloads in the browser: the same font files and resvg module as the command
 * line. resvg (2.4 MB of WebAssembly) loads only when a PNG is first asked for.
 */
export async function browserFigureAssets(): Promise<FigureAssets> {
  const woff2 = await loadFontBrowser('woff2');
  return {
    fontFace: fontFaceCss(woff2[400], woff2[600]),
    rasterise: async (svg, scale) => (await import('./png/rasteriseBrowser')).rasteriseInBrowser(svg, scale),
  };
}
