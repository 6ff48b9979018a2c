import { loadFontBrowser } from '../font/loadFontBrowser';
import { woffToSfnt } from '../font/woffToSfnt';
import { loadResvgWasmBrowser } from './loadResvgWasmBrowser';
import { pngRasteriser } from './rasterise';

/**
 * Returns the PNG of a figure's SVG at 1, 2 or 4 times its width, drawn in the browser by the same resvg module and
 * font bytes as the command line, so the PNG bytes are the same. Import this module dynamically (`await
 * import(…)`): resvg's code and module then load only when a PNG is asked for.
 */
export const rasteriseInBrowser: (svg: string, scale: 1 | 2 | 4) => Promise<Uint8Array> = pngRasteriser(
  loadResvgWasmBrowser,
  async () => {
    const woff = await loadFontBrowser('woff');
    return [woffToSfnt(woff[400]), woffToSfnt(woff[600])];
  },
);
