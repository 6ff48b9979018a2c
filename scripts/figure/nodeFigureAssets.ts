import type { FigureAssets } from '../../src/figure/figureFiles';
import { fontFaceCss } from '../../src/figure/font/fontFace';
import { loadFontNode } from './loadFontNode';
import { rasteriseInNode } from './rasteriseNode';

/** Returns the font and rasteriser of figure files in Node: the same font files and resvg module as the browser. */
export async function nodeFigureAssets(): Promise<FigureAssets> {
  const woff2 = await loadFontNode('woff2');
  return { fontFace: fontFaceCss(woff2[400], woff2[600]), rasterise: rasteriseInNode };
}
