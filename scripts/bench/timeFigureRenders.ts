import type { TimeSeriesSpec } from '../../src/core/figure/timeSeriesFigure';
import { timeSeriesFigure } from '../../src/core/figure/timeSeriesFigure';
import type { FigureAssets } from '../../src/figure/figureFiles';
import { renderFigureSvg } from '../../src/figure/renderSvg';

/** Returns the milliseconds of `runs` renders of a figure to SVG and to PNG at 4×, after one warm-up (Node or browser). */
export async function timeFigureRenders(
  spec: TimeSeriesSpec,
  assets: FigureAssets,
  runs: number,
): Promise<{ svg: number[]; png: number[] }> {
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
}
