import type { ExportCell, ExportColumn } from '../export/exportTypes';
import type { Source } from '../provenance';
import { textWidth } from './font/textWidth';
import { formatValue, groupThousands } from './labels';
import { px } from './scales';
import { sourceLines, textStack } from './textStack';
import { type ThemeName, TYPE } from './theme';
import type { FigureFrame, Rect, TextLine, Tick } from './types';
import { valueTicks } from './valueTicks';
import { wrapText } from './wrapText';

/** One bar as the spec gives it: what it counts and its value (null when not reported, drawn as such). */
export interface BarSpecItem {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
}

/** What a bar chart shows, before it is laid out at a width. */
export interface BarSpec {
  readonly view: string;
  readonly title: string;
  readonly subtitle: string;
  /** What the value axis counts, e.g. "Hate crimes recorded in the day". */
  readonly valueTitle: string;
  readonly bars: readonly BarSpecItem[];
  /** A value every bar is set against, drawn as a line across them, e.g. the 2016 daily average. */
  readonly reference: {
    readonly value: number;
    /** What the chart prints beside the line, e.g. "Average: 171 a day". */
    readonly label: string;
    /** What readouts compare a bar with, e.g. "the average hate crimes a day in 2016". */
    readonly name: string;
  } | null;
  /** The table the downloads hold: one row per bar and everything said of it. */
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
  readonly dataVersion: string;
  readonly link: string;
}

/** A text placed with its anchor. */
export interface AnchoredText extends TextLine {
  readonly anchor: 'start' | 'end';
}

/** A bar as placed: its label above it, the bar's rectangle and its value printed at its end. */
export interface PlacedBar {
  readonly id: string;
  readonly label: readonly TextLine[];
  readonly value: number | null;
  /** The bar's rectangle (zero wide for a value not reported). */
  readonly bar: Rect;
  /** The value as printed: inside the bar's end when it fits, else after it; "not reported" for null. */
  readonly valueText: AnchoredText & { readonly inside: boolean };
}

/** A horizontal bar chart laid out at a width: every text placed, nothing overprinted. */
export interface BarFigure extends FigureFrame {
  readonly kind: 'bar';
  /** The rectangle the bars and the value grid span. */
  readonly plot: Rect;
  /** The value axis, along the bars: its domain, ticks under the plot, and its title above it. */
  readonly value: {
    readonly domain: readonly [number, number];
    readonly ticks: readonly Tick[];
    readonly title: TextLine;
  };
  /** The height of one bar's band (its label and the bar) and of the bar alone. */
  readonly band: { readonly height: number; readonly bar: number };
  readonly bars: readonly PlacedBar[];
  readonly reference: { readonly value: number; readonly x: number; readonly label: AnchoredText } | null;
}

const BAR = 18;
const LABEL_GAP = 3;

/** Returns the pixel x of a value along a bar figure's value axis. */
export function scaleBar(
  figure: { readonly plot: Rect; readonly value: { readonly domain: readonly [number, number] } },
  value: number,
): number {
  const [low, high] = figure.value.domain;
  return figure.plot.x + ((value - low) / Math.max(1e-12, high - low)) * figure.plot.width;
}

/** Returns the figure of a bar chart laid out at a width: labels above their bars, so any width from 280 px fits. */
export function barFigure(
  spec: BarSpec,
  size: { readonly width: number; readonly theme?: ThemeName },
): BarFigure {
  const width = Math.max(280, Math.round(size.width));
  const margin = width < 400 ? 10 : 16;
  const content = width - 2 * margin;
  const stack = textStack(margin, content, margin);
  const title = stack.lines(spec.title, TYPE.title);
  const subtitle = stack.lines(spec.subtitle, TYPE.subtitle);
  stack.skip(6);
  const valueTitle: TextLine = { text: spec.valueTitle, x: margin, y: stack.y() + TYPE.tick.size };
  stack.skip(TYPE.tick.line + 2);

  const values = spec.bars.map((b) => b.value).filter((v): v is number => v !== null);
  const axis = valueTicks(Math.max(0, ...values, spec.reference?.value ?? 0), width < 500 ? 4 : 6, 'count');
  const valueLabels = spec.bars.map((b) =>
    b.value === null ? 'not reported' : formatValue(b.value, 'count'),
  );
  const outsideRoom = Math.max(...valueLabels.map((t) => textWidth(t, TYPE.tick.size, 600))) + 6;
  const plotX = margin;
  const plotWidth = Math.max(40, content - outsideRoom);
  const provisional = { plot: { x: plotX, y: 0, width: plotWidth, height: 0 }, value: axis };

  // The reference's label sits in its own line above the bars, beside its line, turned back where it would run off.
  const referenceTop = stack.y();
  if (spec.reference !== null) stack.skip(TYPE.event.line + 2);
  const labelLines = spec.bars.map(
    (b) => wrapText(b.label, content, TYPE.legend.size, TYPE.legend.weight).length,
  );
  const labelHeight = Math.max(1, ...labelLines) * TYPE.legend.line;
  // Label above, the bar, then as much space below as above, so a chart library that centres bars in equal bands
  // puts them where this layout does.
  const band = 2 * (labelHeight + LABEL_GAP) + BAR;
  const plotTop = stack.y();
  const bars: PlacedBar[] = spec.bars.map((item, i) => {
    const bandTop = plotTop + i * band;
    const label = textStack(margin, content, bandTop).lines(item.label, TYPE.legend);
    const barY = bandTop + labelHeight + LABEL_GAP;
    const end = item.value === null ? plotX : scaleBar(provisional, item.value);
    const text = valueLabels[i] as string;
    const inside = item.value !== null && textWidth(text, TYPE.tick.size, 600) + 12 < end - plotX;
    return {
      id: item.id,
      label,
      value: item.value,
      bar: { x: px(plotX), y: px(barY), width: px(end - plotX), height: BAR },
      valueText: {
        text,
        x: px(inside ? end - 6 : end + 4),
        y: px(barY + BAR / 2 + 4),
        anchor: inside ? 'end' : 'start',
        inside,
      },
    };
  });
  const plot: Rect = { x: px(plotX), y: px(plotTop), width: px(plotWidth), height: spec.bars.length * band };
  stack.moveTo(plot.y + plot.height + TYPE.tick.line + 8);

  const reference =
    spec.reference === null
      ? null
      : (() => {
          const x = px(scaleBar(provisional, spec.reference.value));
          const text = spec.reference.label;
          const fits = x + 4 + textWidth(text, TYPE.event.size, 400) <= margin + content;
          return {
            value: spec.reference.value,
            x,
            label: {
              text,
              x: px(fits ? x + 4 : x - 4),
              y: px(referenceTop + TYPE.event.size),
              anchor: fits ? ('start' as const) : ('end' as const),
            },
          };
        })();

  const notes = spec.notes.flatMap((note) => stack.lines(note, TYPE.note));
  stack.skip(notes.length > 0 ? 4 : 0);
  const source = sourceLines(stack, spec.sources, spec.dataVersion, spec.link, TYPE.note);
  return {
    kind: 'bar',
    view: spec.view,
    theme: size.theme ?? 'light',
    width,
    height: Math.ceil(stack.y() + margin),
    title,
    subtitle,
    plot,
    value: { ...axis, title: valueTitle },
    band: { height: band, bar: BAR },
    bars,
    reference,
    notes,
    source,
    sources: spec.sources,
    caveats: spec.caveats,
    dataVersion: spec.dataVersion,
    link: spec.link,
    summary: barSummary(spec),
  };
}

function barSummary(spec: BarSpec): string {
  const bars = spec.bars
    .map((b) => `${b.label}: ${b.value === null ? 'not reported' : groupThousands(b.value)}`)
    .join('; ');
  const reference = spec.reference === null ? '' : ` ${spec.reference.label}.`;
  return `${spec.title}: ${spec.valueTitle.toLowerCase()}. ${bars}.${reference}`;
}
