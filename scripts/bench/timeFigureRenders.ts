import { contentFigure, type ViewContent } from '../../src/core/figure/views/content';
import type { FigureAssets } from '../../src/figure/figureFiles';
import { renderFigureSvg } from '../../src/figure/renderSvg';

/** Returns the milliseconds of `runs` renders of a figure to SVG and to PNG at 4×, after one warm-up (Node or browser). */
export async function timeFigureRenders(
  content: ViewContent,
  assets: FigureAssets,
  runs: number,
): Promise<{ svg: number[]; png: number[] }> {
  const svg: number[] = [];
  const png: number[] = [];
  for (let run = -1; run < runs; run++) {
    let started = performance.now();
    const figure = contentFigure(content, { width: 800 });
    if (figure === null) throw new RangeError('a table has no figure to time');
    const text = renderFigureSvg(figure, assets.fontFace);
    if (run >= 0) svg.push(performance.now() - started);
    started = performance.now();
    await assets.rasterise(text, 4);
    if (run >= 0) png.push(performance.now() - started);
  }
  return { svg, png };
}
