import { periodKey, type Resolution } from './periods';

/** A day's count of the incidents of interest and of all incidents; null where the day is missing. */
export interface CountPair {
  readonly date: string;
  readonly count: number | null;
  readonly allCount: number | null;
}

/** A period's summed counts; a sum is null when any day of the period is missing. */
export interface PeriodCounts extends CountPair {
  /** Number of days summed into the period (a partial first or last period has fewer). */
  readonly days: number;
}

/** Returns the daily pairs summed by period, in date order (days must be in date order). */
export function aggregateCounts(days: readonly CountPair[], resolution: Resolution): PeriodCounts[] {
  const periods: PeriodCounts[] = [];
  for (const day of days) {
    const key = periodKey(day.date, resolution);
    const last = periods[periods.length - 1];
    if (last !== undefined && last.date === key) {
      periods[periods.length - 1] = {
        date: key,
        count: addOrNull(last.count, day.count),
        allCount: addOrNull(last.allCount, day.allCount),
        days: last.days + 1,
      };
    } else periods.push({ date: key, count: day.count, allCount: day.allCount, days: 1 });
  }
  return periods;
}

/** Returns count / allCount in per cent for each period, or null where there is nothing to divide by. */
export function sharePercent(periods: readonly CountPair[]): (number | null)[] {
  return periods.map((p) =>
    p.count === null || p.allCount === null || p.allCount === 0 ? null : (100 * p.count) / p.allCount,
  );
}

function addOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}
