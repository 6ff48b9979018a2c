// The page scripts/bench/figure.ts builds and opens in Chromium: it builds the busiest figure (the US series by day,
// 1991–2023) from the shipped data and times its SVG and its PNG at 4×, with the browser's own loaders.
import { viewContent } from '../../src/core/figure/views/viewContent';
import { parseView } from '../../src/link/viewQuery';
import { fetchReader } from '../../src/data/dataReader';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { browserFigureAssets } from '../../src/figure/browserFigureAssets';
import { timeFigureRenders } from './timeFigureRenders';

declare global {
  interface Window {
    /** Returns the milliseconds of each of `runs` SVG renders and PNG (4×) renders of a view, after a warm-up. */
    benchFigure: (query: string, runs: number) => Promise<{ svg: number[]; png: number[] }>;
  }
}

window.benchFigure = async (query, runs) => {
  const { view } = parseView(query);
  const content = viewContent(await readFigureInputs(view, fetchReader(), `${location.href}?${query}`));
  return timeFigureRenders(content, await browserFigureAssets(), runs);
};
