// The page scripts/bench/figure.ts builds and opens in Chromium: it builds the busiest figure (the US series by day,
// 1991–2023) from the shipped data and times its SVG and its PNG at 4×, with the browser's own loaders.
import { timeSeriesFigure } from '../../src/core/figure/timeSeriesFigure';
import { figureSpec } from '../../src/core/figure/views/figureSpec';
import { parseView } from '../../src/core/view/viewQuery';
import { fetchReader } from '../../src/data/dataReader';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { browserFigureAssets } from '../../src/figure/browserFigureAssets';
import { renderFigureSvg } from '../../src/figure/renderSvg';

declare global {
  interface Window {
    /** Returns the milliseconds of each of `runs` SVG renders and PNG (4×) renders of a view, after a warm-up. */
    benchFigure: (query: string, runs: number) => Promise<{ svg: number[]; png: number[] }>;
  }
}

window.benchFigure = async (query, runs) => {
  const { view } = parseView(query);
  const spec = figureSpec(view, await readFigureInputs(view, fetchReader(), `${location.href}?${query}`));
  const assets = await browserFigureAssets();
  const svg: number[] = [];
  const png: number[] = [];
  for (let run = -1; run < runs; run++) {
    let started = performance.now();
    const text = renderFigureSvg(timeSeriesFigure(spec, { width: 800 }), assets.fontFace);
    if (run >= 0) svg.push(performance.now() - started);
    started = performance.now();
    await assets.rasterise(text, 4);
    if (run >= 0) png.push(performance.now() - started);
  }
  return { svg, png };
};
