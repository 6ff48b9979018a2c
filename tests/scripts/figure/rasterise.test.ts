import { beforeAll, describe, expect, it } from 'vitest';
import { fontFamilyFor } from '../../../src/core/figure/theme';
import { woffToSfnt } from '../../../src/figure/font/woffToSfnt';
import { initRasteriser, rasterise, svgWidth } from '../../../src/figure/png/rasterise';
import { loadFontNode } from '../../../scripts/figure/loadFontNode';
import { loadResvgWasmNode } from '../../../scripts/figure/loadResvgWasmNode';
import { rasteriseInNode } from '../../../scripts/figure/rasteriseNode';
import { type DecodedPng, decodePng, pngSize } from './readPng';
import { SAMPLE_SIZE, sampleFigureSvg, TITLE_BOX } from './sampleFigureSvg';

/** Returns how many pixels of a box (in the SVG's pixels, times the scale) are dark: text ink on white. */
function inkIn(
  png: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
  scale: number,
): number {
  let ink = 0;
  for (let y = box.y * scale; y < (box.y + box.height) * scale; y++)
    for (let x = box.x * scale; x < (box.x + box.width) * scale; x++) {
      const at = 4 * (y * png.width + x);
      const [r = 255, g = 255, b = 255] = png.rgba.subarray(at, at + 3);
      if (r + g + b < 3 * 128) ink++;
    }
  return ink;
}

function line(text: string, weight: 400 | 600): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="30"><rect width="200" height="30" fill="#fff"/>` +
    `<text x="4" y="22" font-size="18" font-weight="${weight}" font-family="${fontFamilyFor(weight)}">${text}</text></svg>`
  );
}

let fonts: Uint8Array[];
beforeAll(async () => {
  const woff = await loadFontNode('woff');
  fonts = [woffToSfnt(woff[400]), woffToSfnt(woff[600])];
}, 300_000);

describe('rasterise(svg, scale, fonts) in Node', () => {
  it('rejects before initRasteriser has started resvg', async () => {
    await expect(rasterise(sampleFigureSvg(), 1, fonts)).rejects.toThrow(/call initRasteriser first/);
  }, 300_000);

  it('writes a PNG of the SVG’s size times the scale: 360 × 200 at 1×, 720 × 400 at 2×, 1440 × 800 at 4×', async () => {
    await initRasteriser(loadResvgWasmNode);
    for (const scale of [1, 2, 4] as const) {
      const png = await rasterise(sampleFigureSvg(), scale, fonts);
      expect(pngSize(png)).toEqual({ width: SAMPLE_SIZE.width * scale, height: SAMPLE_SIZE.height * scale });
      const { width, height, rgba } = decodePng(png);
      expect(rgba.length).toBe(4 * width * height);
    }
  }, 300_000);

  it('draws the text in the bundled font: ink in the title’s box, none without fonts', async () => {
    await initRasteriser(loadResvgWasmNode);
    for (const scale of [1, 2] as const) {
      const drawn = decodePng(await rasterise(sampleFigureSvg(), scale, fonts));
      const area = TITLE_BOX.width * TITLE_BOX.height * scale * scale;
      expect(inkIn(drawn, TITLE_BOX, scale)).toBeGreaterThan(0.1 * area);
      expect(drawn.rgba.subarray(0, 4)).toEqual(new Uint8Array([255, 255, 255, 255])); // the white background
      const fontless = decodePng(await rasterise(sampleFigureSvg(), scale, []));
      expect(inkIn(fontless, TITLE_BOX, scale)).toBe(0);
    }
  }, 300_000);

  it('draws weight 600 with the semibold file: more ink than weight 400 for the same text', async () => {
    await initRasteriser(loadResvgWasmNode);
    const box = { x: 0, y: 0, width: 200, height: 30 };
    const regular = inkIn(decodePng(await rasterise(line('Manchester Arena', 400), 2, fonts)), box, 2);
    const semibold = inkIn(decodePng(await rasterise(line('Manchester Arena', 600), 2, fonts)), box, 2);
    expect(regular).toBeGreaterThan(0);
    expect(semibold).toBeGreaterThan(1.1 * regular);
  }, 300_000);

  it('gives the same bytes every time, and the same as rasteriseInNode (the command line’s rasteriser)', async () => {
    await initRasteriser(loadResvgWasmNode);
    const svg = sampleFigureSvg();
    const once = await rasterise(svg, 2, fonts);
    expect(await rasterise(svg, 2, fonts)).toEqual(once);
    expect(await rasteriseInNode(svg, 2)).toEqual(once);
  }, 300_000);
});

describe('svgWidth(svg)', () => {
  it('reads the root element’s width in pixels, and rejects an SVG without one', () => {
    expect(svgWidth(sampleFigureSvg())).toBe(360);
    expect(svgWidth('<svg height="10" width="12.5px"><rect width="99"/></svg>')).toBe(12.5);
    expect(() => svgWidth('<svg viewBox="0 0 10 10"><rect width="10"/></svg>')).toThrow(RangeError);
  });
});
