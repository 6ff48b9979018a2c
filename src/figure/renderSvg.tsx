import { renderToStaticMarkup } from 'react-dom/server';
import type { Figure } from '../core/figure/types';
import { FigureSvg } from './FigureSvg';

/** Returns a figure as a standalone SVG file's text, the font embedded: the same text in the browser and in Node. */
export function renderFigureSvg(figure: Figure, fontFace: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<FigureSvg figure={figure} fontFace={fontFace} />)}\n`;
}
