import type { Figure } from './types';

/** Returns the pixel x of a day number on a figure's time axis. */
export function scaleX(figure: Pick<Figure, 'plot' | 'x'>, day: number): number {
  const [first, last] = figure.x.domain;
  return figure.plot.x + ((day - first) / Math.max(1, last - first)) * figure.plot.width;
}

/** Returns the pixel y of a value on a figure's value axis. */
export function scaleY(figure: Pick<Figure, 'plot' | 'y'>, value: number): number {
  const [low, high] = figure.y.domain;
  return (
    figure.plot.y + figure.plot.height - ((value - low) / Math.max(1e-12, high - low)) * figure.plot.height
  );
}

/** Returns a number rounded to 0.01 px, so that SVG text is short and the same in every environment. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
