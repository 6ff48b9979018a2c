import { woffToSfnt } from '../../src/figure/font/woffToSfnt';
import { pngRasteriser } from '../../src/figure/png/rasterise';
import { loadFontNode } from './loadFontNode';
import { loadResvgWasmNode } from './loadResvgWasmNode';

/**
 * Returns the PNG of a figure's SVG at 1, 2 or 4 times its width, drawn in Node by the same resvg module and font
 * bytes as the browser: the bytes of the page's download.
 */
export const rasteriseInNode: (svg: string, scale: 1 | 2 | 4) => Promise<Uint8Array> = pngRasteriser(
  loadResvgWasmNode,
  async () => {
    const woff = await loadFontNode('woff');
    return [woffToSfnt(woff[400]), woffToSfnt(woff[600])];
  },
);
