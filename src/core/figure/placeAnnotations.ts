import { textWidth } from './font/textWidth';
import { highestRow } from './highestRow';
import { formatPeriod, formatValue } from './labels';
import { px, scaleX, scaleY } from './scales';
import { TYPE } from './theme';
import type { TimeSeriesSpec } from './timeSeriesFigure';
import type { Annotation, Figure, FigureRow } from './types';

type Axes = Pick<Figure, 'plot' | 'x' | 'y'>;

/**
 * Returns the callouts of a figure: the window's highest value and the story's own figure (one callout when they
 * are the same period), each a dot with its text beside it, kept inside the plot and clear of each other.
 */
export function placeAnnotations(spec: TimeSeriesSpec, axes: Axes): Annotation[] {
  const peak = highestRow(spec.rows);
  const storyRow = spec.story === null ? undefined : spec.rows.find((r) => r.period === spec.story?.period);
  const placed: Annotation[] = [];
  if (storyRow !== undefined && storyRow.value !== null && spec.story !== null) {
    const highest = peak?.period === storyRow.period ? ', the highest in view' : '';
    const short = `${formatPeriod(storyRow.period, spec.resolution)}: ${formatValue(storyRow.value, spec.unit)}`;
    placed.push(callout('story', storyRow, [`${spec.story.text}${highest}`, short], axes, placed));
  }
  if (peak !== null && peak.period !== storyRow?.period) {
    const text = `${formatValue(peak.value as number, spec.unit)}, ${formatPeriod(peak.period, spec.resolution)}`;
    placed.push(callout('peak', peak, [text, formatValue(peak.value as number, spec.unit)], axes, placed));
  }
  return placed;
}

/** Places a callout's text beside its dot: the full text right of it, else left, else the short text likewise. */
function callout(
  kind: Annotation['kind'],
  row: FigureRow,
  texts: readonly [string, string],
  axes: Axes,
  others: readonly Annotation[],
): Annotation {
  const x = scaleX(axes, row.x);
  const y = scaleY(axes, row.value as number);
  const [left, right] = [axes.plot.x, axes.plot.x + axes.plot.width];
  const width = (text: string) => textWidth(text, TYPE.annotation.size, TYPE.annotation.weight);
  const fits = (text: string, anchor: 'start' | 'end') =>
    anchor === 'start' ? x + 8 + width(text) <= right : x - 8 - width(text) >= left;
  const options = texts.flatMap((text) => (['start', 'end'] as const).map((anchor) => ({ text, anchor })));
  const roomier = x - left > right - x ? 'end' : 'start';
  const { text, anchor } = options.find((o) => fits(o.text, o.anchor)) ?? { text: texts[1], anchor: roomier };
  const w = width(text);
  const labelX = anchor === 'start' ? x + 8 : x - 8;
  const top = axes.plot.y + TYPE.annotation.size;
  let labelY = Math.max(top, y + 4);
  // Below the other callout's text when the two would share a line.
  for (const other of others)
    if (Math.abs(other.labelY - labelY) < TYPE.annotation.line && overlaps(other, labelX, anchor, w))
      labelY = other.labelY + TYPE.annotation.line;
  return { kind, x: row.x, value: row.value as number, text, labelX: px(labelX), labelY: px(labelY), anchor };
}

function overlaps(other: Annotation, labelX: number, anchor: 'start' | 'end', w: number): boolean {
  const otherW = textWidth(other.text, TYPE.annotation.size, TYPE.annotation.weight);
  const [a0, a1] =
    other.anchor === 'start' ? [other.labelX, other.labelX + otherW] : [other.labelX - otherW, other.labelX];
  const [b0, b1] = anchor === 'start' ? [labelX, labelX + w] : [labelX - w, labelX];
  return a0 < b1 && b0 < a1;
}
