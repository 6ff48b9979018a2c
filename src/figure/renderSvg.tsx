import { renderToStaticMarkup } from 'react-dom/server';
import type { AnyFigure } from '../core/figure/views/content';
import { BarFigureSvg } from './BarFigureSvg';
import { FigureSvg } from './FigureSvg';

/** Returns a figure as a standalone SVG file's text, the font embedded: the same text in the browser and in Node. */
export function renderFigureSvg(figure: AnyFigure, fontFace: string): string {
  const svg =
    figure.kind === 'bar' ? (
      <BarFigureSvg figure={figure} fontFace={fontFace} />
    ) : (
      <FigureSvg figure={figure} fontFace={fontFace} />
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(svg)}\n`;
}
