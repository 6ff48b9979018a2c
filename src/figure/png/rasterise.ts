import { type InitInput, initWasm, Resvg } from '@resvg/resvg-wasm';
import { FONT_FAMILY } from '../../core/figure/theme';

// resvg compiled to WebAssembly draws every PNG, in the browser and in Node alike: the same module, SVG and font
// bytes give the same pixels and the same PNG bytes. Its module is started once per page or process.

let started: Promise<void> | null = null;

/** Starts resvg's WebAssembly module once, from what `load` gives (its bytes or a Response); returns that start. */
export function initRasteriser(load: () => Promise<InitInput>): Promise<void> {
  started ??= load()
    .then((module) => initWasm(module))
    .catch((error: unknown) => {
      started = null; // a failed load may be retried
      throw error;
    });
  return started;
}

/** Returns the width of an SVG document: its root element's `width` attribute, in pixels. */
export function svgWidth(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="\s*(\d+(?:\.\d+)?)(?:px)?\s*"/.exec(root)?.[1] ?? Number.NaN);
  if (!(width > 0)) throw new RangeError('the SVG’s root element has no width in pixels');
  return width;
}

/**
 * Returns the PNG of an SVG drawn by resvg at `scale` times its width. `fonts` are OpenType (TTF/OTF) files:
 * resvg reads no WOFF, no `@font-face` and, in WebAssembly, no system font. Call `initRasteriser` first.
 */
export async function rasterise(svg: string, scale: 1 | 2 | 4, fonts: Uint8Array[]): Promise<Uint8Array> {
  if (started === null) throw new Error('rasterise: resvg is not started (call initRasteriser first)');
  await started;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(svgWidth(svg) * scale) },
    font: { fontBuffers: fonts, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** Returns a rasteriser whose WebAssembly module and fonts (OpenType) are loaded on its first call, once. */
export function pngRasteriser(
  wasm: () => Promise<InitInput>,
  fonts: () => Promise<Uint8Array[]>,
): (svg: string, scale: 1 | 2 | 4) => Promise<Uint8Array> {
  let loaded: Promise<Uint8Array[]> | null = null;
  return async (svg, scale) => {
    loaded ??= fonts();
    const [buffers] = await Promise.all([loaded, initRasteriser(wasm)]);
    return rasterise(svg, scale, buffers);
  };
}
