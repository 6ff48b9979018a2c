import type { Source } from '../provenance';
import type { ThemeName } from './theme';

/** A tick on an axis: its value (a day number on the time axis) and its label. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** The time axis: its domain in day numbers (days since 1970-01-01) and its ticks on calendar boundaries. */
export interface TimeAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly Tick[];
}

/** The value axis: its domain, its "nice" ticks, and its title (what is counted, in which unit) placed above it. */
export interface ValueAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly Tick[];
  readonly title: TextLine;
  readonly unit: 'count' | 'percent';
}

/** One row of a figure: a period with what was recorded and what the baseline says of it. */
export interface FigureRow {
  /** The period's key: a day `YYYY-MM-DD`, the Monday of a week, `YYYY-MM` or `YYYY`. */
  readonly period: string;
  /** First and last day of the period. */
  readonly start: string;
  readonly end: string;
  /** Day number of the period's first day: where it sits on the time axis. */
  readonly x: number;
  /** The value plotted (a count, or a share in per cent); null when missing, never 0. */
  readonly value: number | null;
  /** Counts behind the value, where the value is a share or a filtered count. */
  readonly count: number | null;
  readonly allCount: number | null;
  readonly expected: number | null;
  readonly upper: number | null;
  readonly alarm: boolean | null;
  /** value / expected. */
  readonly ratio: number | null;
}

/** A span of the time axis drawn shaded, e.g. months recorded differently or not reported. */
export interface Shade {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/** An event line and its label, placed so that no two labels overprint. */
export interface PlacedEvent {
  readonly id: string;
  readonly date: string;
  readonly x: number;
  readonly name: string;
  /** What is printed: the name, shortened, or its number in the key under the chart. */
  readonly text: string;
  /** Row of the label band (0 = top), and where the text starts and how it is anchored, in pixels. */
  readonly row: number;
  readonly labelX: number;
  readonly anchor: 'start' | 'end';
  /** The number this event has in the key, or null when its name is printed in full. */
  readonly key: number | null;
}

/** A point the figure calls out: the peak of the window or the story's own figure. */
export interface Annotation {
  readonly kind: 'peak' | 'story';
  readonly x: number;
  readonly value: number;
  readonly text: string;
  /** Where the text sits beside the dot, in pixels, and how it is anchored. */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'end';
}

/** One entry of the legend: a mark and what it stands for. */
export interface LegendEntry {
  readonly mark: 'line' | 'dashed' | 'band' | 'dot' | 'shade' | 'event';
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** A line of text placed by the layout. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The plot's rectangle, in pixels, inside the whole figure. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A row as drawn: the rows reduced to the pixels of the plot, every peak kept. */
export interface DrawnRow {
  readonly x: number;
  readonly value: number | null;
  readonly expected: number | null;
  readonly upper: number | null;
  readonly alarm: boolean;
}

/** What every laid-out figure has around its chart: its size and colours, its texts, and where its numbers come from. */
export interface FigureFrame {
  /** Which view this is, e.g. `us`, `ho`, `london`, `national`. */
  readonly view: string;
  readonly theme: ThemeName;
  readonly width: number;
  readonly height: number;
  readonly title: readonly TextLine[];
  readonly subtitle: readonly TextLine[];
  /** Notes under the chart, e.g. the event key, the reduction, the baseline used. */
  readonly notes: readonly TextLine[];
  readonly source: readonly TextLine[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
  readonly dataVersion: string;
  readonly link: string;
  /** A text alternative: what the chart shows and its most telling values. */
  readonly summary: string;
}

/** Everything a time-series chart shows, computed once: drawn by Recharts in the dashboard and as SVG elsewhere. */
export interface Figure extends FigureFrame {
  readonly kind: 'time';
  readonly legend: readonly LegendEntry[];
  readonly plot: Rect;
  readonly x: TimeAxis;
  readonly y: ValueAxis;
  /** Every row of the view, unreduced: the data table and the downloads hold these. */
  readonly rows: readonly FigureRow[];
  /** The rows drawn: reduced to the plot's width when there are more rows than pixels. */
  readonly drawn: readonly DrawnRow[];
  /** How many rows share a pixel column when the drawing is reduced, else 1. */
  readonly rowsPerColumn: number;
  readonly shades: readonly Shade[];
  readonly events: readonly PlacedEvent[];
  /** The top of the event label band and the height of one of its rows. */
  readonly eventBand: { readonly y: number; readonly rowHeight: number };
  readonly annotations: readonly Annotation[];
  /** The key of the events shown by number ("1: …"), and the note on the reduction, unwrapped; null when none. */
  readonly keyNote: string | null;
  readonly reductionNote: string | null;
}
