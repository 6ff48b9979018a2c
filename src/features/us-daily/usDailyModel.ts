import { aggregateCounts, type CountPair, sharePercent } from '../../core/series/aggregate';
import { periodKey, type Resolution } from '../../core/series/periods';
import type { EventMarkSource } from '../monthly-chart/monthlyChartModel';

/** What the chart plots: anti-Muslim incidents, or their share of all hate incidents. */
export type Measure = 'count' | 'share';

/** One plotted period. */
export interface UsDailyRow {
  /** Period key: the day, the Monday of the week, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  readonly value: number | null;
  readonly count: number | null;
  readonly allCount: number | null;
  readonly days: number;
}

/** The plotted rows, the visible window as row indices, the events inside it, and its busiest period. */
export interface UsDailyModel {
  readonly rows: readonly UsDailyRow[];
  readonly startIndex: number;
  readonly endIndex: number;
  readonly events: readonly { readonly id: string; readonly period: string; readonly name: string }[];
  readonly peak: UsDailyRow | null;
}

/** Returns the daily series summed to a resolution, each period carrying the measure to plot. */
export function plottedRows(
  days: readonly CountPair[],
  resolution: Resolution,
  measure: Measure,
): UsDailyRow[] {
  const periods = aggregateCounts(days, resolution);
  const shares = sharePercent(periods);
  return periods.map((p, i) => ({ ...p, value: measure === 'count' ? p.count : (shares[i] ?? null) }));
}

/** Returns the chart model of plotted rows shown between two ISO days: window indices, events inside, peak. */
export function usDailyModel(
  rows: readonly UsDailyRow[],
  events: readonly EventMarkSource[],
  options: { resolution: Resolution; from: string; to: string },
): UsDailyModel {
  const fromKey = periodKey(options.from, options.resolution);
  const toKey = periodKey(options.to, options.resolution);
  const firstInside = rows.findIndex((r) => r.date >= fromKey);
  const startIndex = firstInside < 0 ? 0 : firstInside;
  const lastInside = rows.findLastIndex((r) => r.date <= toKey);
  const endIndex = lastInside < startIndex ? rows.length - 1 : lastInside;
  const visible = rows.slice(startIndex, endIndex + 1);
  let peak: UsDailyRow | null = null;
  for (const row of visible)
    if (row.value !== null && (peak === null || row.value > (peak.value as number))) peak = row;
  const periodsShown = new Set(visible.map((r) => r.date));
  return {
    rows,
    startIndex,
    endIndex,
    events: events
      .map((e) => ({ id: e.id, period: periodKey(e.date, options.resolution), name: e.name }))
      .filter((e) => periodsShown.has(e.period)),
    peak,
  };
}
