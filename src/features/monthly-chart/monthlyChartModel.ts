import { monthOf } from '../../core/dates';
import {
  type BaselineComparison,
  compareWithBaseline,
  highestBy,
} from '../../core/series/compareWithBaseline';
import type { Series } from '../../core/series/series';
import { trailingMeanBaseline } from '../../core/series/trailingMean';

/** An event placed on a monthly chart. */
export interface EventMark {
  readonly id: string;
  readonly month: string;
  readonly name: string;
}

/** What the monthly chart draws: the rows against their baseline, the events, and the notable months. */
export interface MonthlyChartModel {
  readonly rows: readonly BaselineComparison[];
  readonly window: number;
  readonly events: readonly EventMark[];
  readonly highestCount: BaselineComparison | null;
  readonly highestRatio: BaselineComparison | null;
}

/** Returns the chart model of a monthly series against its trailing `window`-month mean. */
export function monthlyChartModel(
  series: Series,
  events: readonly { id: string; date: string; name: string }[],
  window = 12,
): MonthlyChartModel {
  const counts = series.points.map((p) => p.count);
  const rows = compareWithBaseline(series.points, trailingMeanBaseline(counts, window));
  const months = new Set(rows.map((r) => r.date));
  return {
    rows,
    window,
    events: events
      .map((e) => ({ id: e.id, month: monthOf(e.date), name: e.name }))
      .filter((e) => months.has(e.month)),
    highestCount: highestBy(rows, 'observed'),
    highestRatio: highestBy(rows, 'ratio'),
  };
}
