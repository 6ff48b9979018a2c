import { monthOf } from '../../core/dates';
import {
  type BaselineComparison,
  compareWithBaseline,
  highestBy,
} from '../../core/series/compareWithBaseline';
import type { Series } from '../../core/series/series';
import { respectComparableFrom } from '../../core/baselines/comparableFrom';
import { trailingBaseline } from '../../core/baselines/trailing';

/** An event placed on a monthly chart. */
export interface EventMark {
  readonly id: string;
  readonly month: string;
  readonly name: string;
}

/** What an event needs to be placed on a chart. */
export interface EventMarkSource {
  readonly id: string;
  readonly date: string;
  readonly name: string;
}

/** What the monthly chart draws: the rows against their baseline, the events, and the notable months. */
export interface MonthlyChartModel {
  readonly rows: readonly BaselineComparison[];
  readonly window: number;
  readonly comparableFrom: string | null;
  readonly events: readonly EventMark[];
  readonly highestCount: BaselineComparison | null;
  readonly highestRatio: BaselineComparison | null;
}

/** Returns the chart model of a monthly series against its trailing `window`-month mean. */
export function monthlyChartModel(
  series: Series,
  events: readonly EventMarkSource[],
  window = 12,
  comparableFrom: string | null = null,
): MonthlyChartModel {
  const baseline = trailingBaseline(
    series.points.map((p) => p.count),
    { window, bound: 'none' },
  );
  const dates = series.points.map((p) => p.date);
  const comparable =
    comparableFrom === null ? baseline : respectComparableFrom(baseline, dates, comparableFrom);
  const rows = compareWithBaseline(series.points, comparable);
  const months = new Set(rows.map((r) => r.date));
  return {
    rows,
    window,
    comparableFrom,
    events: events
      .map((e) => ({ id: e.id, month: monthOf(e.date), name: e.name }))
      .filter((e) => months.has(e.month)),
    highestCount: highestBy(rows, 'observed'),
    highestRatio: highestBy(rows, 'ratio'),
  };
}
