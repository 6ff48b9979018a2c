import { formatPeriod, formatValue, groupThousands } from './labels';
import type { BarSpec, BarSpecItem } from './barFigure';
import type { TimeSeriesSpec } from './timeSeriesFigure';
import type { Figure, FigureRow } from './types';

/** Returns one row in words, e.g. "12 Sep 2001: 51 reported incidents; expected 4.1, upper bound 12 (alarm)". */
export function rowReadout(
  spec: Pick<TimeSeriesSpec, 'resolution' | 'unit' | 'valueLabel'>,
  row: FigureRow,
): string {
  const value = row.value === null ? 'missing' : formatValue(row.value, spec.unit);
  const expected =
    row.expected === null
      ? ''
      : `; expected ${groupThousands(row.expected, 1)}` +
        (row.upper === null ? '' : `, upper bound ${groupThousands(row.upper, 1)}`) +
        (row.alarm === true ? ' (alarm)' : '') +
        (row.ratio === null ? '' : `, ×${row.ratio.toFixed(2)}`);
  return `${formatPeriod(row.period, spec.resolution)}: ${value} (${spec.valueLabel.toLowerCase()})${expected}`;
}

/** Returns the index of the row nearest a pixel x of the figure's plot, or -1 when the figure has no rows. */
export function rowAtPixel(figure: Pick<Figure, 'plot' | 'x' | 'rows'>, pixelX: number): number {
  const { rows, plot } = figure;
  if (rows.length === 0) return -1;
  const [first, last] = figure.x.domain;
  const day = first + ((pixelX - plot.x) / plot.width) * (last - first);
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as FigureRow).x < day) lo = mid + 1;
    else hi = mid;
  }
  const before = rows[lo - 1];
  return before !== undefined && day - before.x < (rows[lo] as FigureRow).x - day ? lo - 1 : lo;
}

/** Returns one bar in words, with its ratio to the reference where there is one, e.g. "…: 319, 1.87 times the average…". */
export function barReadout(spec: Pick<BarSpec, 'reference'>, bar: BarSpecItem): string {
  if (bar.value === null) return `${bar.label}: not reported`;
  const ratio =
    spec.reference === null
      ? ''
      : `, ${groupThousands(bar.value / spec.reference.value, 2)} times ${spec.reference.name}`;
  return `${bar.label}: ${groupThousands(bar.value)}${ratio}`;
}
