import { dayNumber } from '../dates';
import type { ExportMetadata } from '../export/exportTypes';
import type { Source } from '../provenance';
import type { Resolution } from '../series/periods';
import { textWidth } from './font/textWidth';
import { highestRow } from './highestRow';
import { formatPeriod, formatValue, groupThousands } from './labels';
import { placeAnnotations } from './placeAnnotations';
import { placeEvents } from './placeEvents';
import { reduceRows } from './reduceRows';
import { px, scaleX } from './scales';
import { textStack, sourceLines } from './textStack';
import { type ThemeName, TYPE } from './theme';
import { timeTicks } from './timeTicks';
import type { Figure, FigureRow, LegendEntry, Rect, TextLine } from './types';
import { valueTicks } from './valueTicks';

/** What a time-series figure shows, before it is laid out at a width. */
export interface TimeSeriesSpec {
  readonly view: string;
  readonly title: string;
  readonly subtitle: string;
  readonly resolution: Resolution;
  /** What the value axis counts, e.g. "Anti-Muslim incidents a day". */
  readonly valueTitle: string;
  /** What the line is, for the legend, e.g. "Recorded". */
  readonly valueLabel: string;
  readonly unit: 'count' | 'percent';
  /** The rows of the window, in time order. */
  readonly rows: readonly FigureRow[];
  /** First and last day of the window. */
  readonly from: string;
  readonly to: string;
  readonly events: readonly { readonly id: string; readonly date: string; readonly name: string }[];
  readonly shades: readonly { readonly from: string; readonly to: string; readonly label: string }[];
  /** The story's own figure, when the window holds it: its period and what to say of it. */
  readonly story: { readonly period: string; readonly text: string } | null;
  /** The baseline's name for the legend (null: no baseline drawn). */
  readonly baselineLabel: string | null;
  /** The detection method and every parameter value it used, or null (a fixed baseline, or none). */
  readonly method: ExportMetadata['method'];
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
  readonly dataVersion: string;
  readonly link: string;
}

/** The width a figure is laid out at, the height of its plot, and its colours. */
export interface FigureSize {
  readonly width: number;
  /** Height of the plot area alone; the figure grows around it. Default: 300, or 220 below 500 px. */
  readonly plotHeight?: number;
  readonly theme?: ThemeName;
}

const LEGEND_SWATCH = 18;

/** Returns the figure of a time series laid out at a width: every text placed, nothing overprinted. */
export function timeSeriesFigure(spec: TimeSeriesSpec, size: FigureSize): Figure {
  const width = Math.max(280, Math.round(size.width));
  const margin = width < 400 ? 10 : 16;
  const content = width - 2 * margin;
  const plotHeight = size.plotHeight ?? (width < 500 ? 220 : 300);
  const stack = textStack(margin, content, margin);
  const title = stack.lines(spec.title, TYPE.title);
  const subtitle = stack.lines(spec.subtitle, TYPE.subtitle);
  let y = stack.y() + 6;

  const hasBand = spec.rows.some((row) => row.upper !== null);
  const hasAlarms = spec.rows.some((row) => row.alarm === true);
  const legend = legendEntries(spec, hasBand, hasAlarms, margin, content, y);
  if (legend.length > 0) y = (legend[legend.length - 1] as LegendEntry).y + TYPE.legend.line / 2 + 4;
  // The value axis's title sits over the axis labels, above the event labels, as Grapher and the FT place it.
  const yTitle: TextLine = { text: spec.valueTitle, x: margin, y: y + TYPE.tick.size };
  y += TYPE.tick.line + 2;

  const valueMax = highestValue(spec.rows, hasBand);
  const yAxis = valueTicks(valueMax, Math.max(3, Math.round(plotHeight / 55)), spec.unit);
  const tickWidth = Math.max(...yAxis.ticks.map((t) => textWidth(t.label, TYPE.tick.size, TYPE.tick.weight)));
  const plotX = margin + tickWidth + 8;
  const plotWidth = width - margin - 6 - plotX;
  const domain: readonly [number, number] = [dayNumber(spec.from), dayNumber(spec.to)];
  const provisional = {
    plot: { x: plotX, y: 0, width: plotWidth, height: plotHeight },
    x: { domain, ticks: [] },
  };

  const events = placeEvents(
    spec.events
      .map((e) => ({ ...e, x: dayNumber(e.date) }))
      .filter((e) => e.x >= domain[0] && e.x <= domain[1])
      .map((e) => ({ ...e, px: scaleX(provisional, e.x) })),
    plotX,
    plotX + plotWidth,
    width < 500 ? 2 : 3,
  );
  const eventRows = events.length === 0 ? 0 : Math.max(...events.map((e) => e.row)) + 1;
  const eventBand = { y: y + 2, rowHeight: TYPE.event.line };
  y += eventRows * TYPE.event.line + (eventRows > 0 ? 6 : 0);

  const plot: Rect = { x: px(plotX), y: px(y + 4), width: px(plotWidth), height: plotHeight };
  const axes = {
    plot,
    x: { domain, ticks: timeTicks(domain[0], domain[1], plotWidth) },
    y: { ...yAxis, title: yTitle, unit: spec.unit },
  };
  y = plot.y + plot.height + TYPE.tick.line + 6;

  const { drawn, rowsPerColumn } = reduceRows(spec.rows, plotWidth);
  const annotations = placeAnnotations(spec, axes);

  const keyNotes = events
    .filter((e) => e.key !== null)
    .map((e) => `${e.key}: ${e.name} (${formatPeriod(e.date, 'day')})`);
  const reductionNote =
    rowsPerColumn > 1
      ? [
          `Drawn at one pixel column per ${rowsPerColumn} ${spec.resolution}s: each column shows its ` +
            'lowest and highest value, so no peak is lost; the data table and downloads hold every row.',
        ]
      : [];
  const key = keyNotes.length > 0 ? [`${keyNotes.join('; ')}.`] : [];
  stack.moveTo(y);
  const notes = [...key, ...reductionNote, ...spec.notes].flatMap((note) => stack.lines(note, TYPE.note));
  stack.skip(notes.length > 0 ? 4 : 0);
  const source = sourceLines(stack, spec.sources, spec.dataVersion, spec.link, TYPE.note);
  y = stack.y();

  return {
    kind: 'time',
    view: spec.view,
    theme: size.theme ?? 'light',
    width,
    height: Math.ceil(y + margin),
    title,
    subtitle,
    legend,
    ...axes,
    rows: spec.rows,
    drawn,
    rowsPerColumn,
    shades: spec.shades
      .map((s) => ({
        from: Math.max(domain[0], dayNumber(s.from)),
        to: Math.min(domain[1], dayNumber(s.to)),
        label: s.label,
      }))
      .filter((s) => s.from <= s.to),
    events,
    eventBand,
    annotations,
    notes,
    keyNote: key[0] ?? null,
    reductionNote: reductionNote[0] ?? null,
    source,
    sources: spec.sources,
    caveats: spec.caveats,
    dataVersion: spec.dataVersion,
    link: spec.link,
    summary: summary(spec),
  };
}

function legendEntries(
  spec: TimeSeriesSpec,
  hasBand: boolean,
  hasAlarms: boolean,
  left: number,
  content: number,
  top: number,
): LegendEntry[] {
  const items: { mark: LegendEntry['mark']; label: string }[] = [{ mark: 'line', label: spec.valueLabel }];
  if (spec.baselineLabel !== null && spec.rows.some((r) => r.expected !== null))
    items.push({ mark: 'dashed', label: spec.baselineLabel });
  if (hasBand) items.push({ mark: 'band', label: 'Expected to upper bound' });
  if (hasAlarms) items.push({ mark: 'dot', label: 'Alarm' });
  for (const shade of spec.shades) items.push({ mark: 'shade', label: shade.label });
  if (spec.events.length > 0) items.push({ mark: 'event', label: 'Event' });
  const placed: LegendEntry[] = [];
  let x = left;
  let y = top + TYPE.legend.line / 2;
  for (const item of items) {
    const w = LEGEND_SWATCH + 5 + textWidth(item.label, TYPE.legend.size, TYPE.legend.weight);
    if (x > left && x + w > left + content) {
      x = left;
      y += TYPE.legend.line;
    }
    placed.push({ ...item, x: px(x), y: px(y) });
    x += w + 16;
  }
  return placed;
}

function summary(spec: TimeSeriesSpec): string {
  const peak = highestRow(spec.rows);
  const span = `${formatPeriod(spec.from, 'day')} to ${formatPeriod(spec.to, 'day')}`;
  const peakText =
    peak === null
      ? 'No value is recorded in this window.'
      : `The highest ${spec.resolution} is ${formatPeriod(peak.period, spec.resolution)}, with ` +
        `${formatValue(peak.value as number, spec.unit)}` +
        (peak.ratio === null ? '.' : `, ${groupThousands(peak.ratio, 2)} times its baseline.`);
  return `${spec.title}: ${spec.valueTitle.toLowerCase()}, ${groupThousands(spec.rows.length)} ${spec.resolution}s from ${span}. ${peakText}`;
}

/** Returns the highest value, expected value and (with a band) upper bound of the rows, and at least 0. */
function highestValue(rows: readonly FigureRow[], hasBand: boolean): number {
  let max = 0;
  for (const row of rows)
    max = Math.max(max, row.value ?? 0, row.expected ?? 0, hasBand ? (row.upper ?? 0) : 0);
  return max;
}
