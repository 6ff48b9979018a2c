// The reference time points of a monitored row (R's algo.farrington.referencetimepoints), as row indices.
import { dayNumber } from '../../dates';

const DAY_MS = 86_400_000;

/** How the past time points are found: b * freq rows back, or by calendar years on the dates (R's epochAsDate). */
export type ReferenceCalendar =
  | { readonly kind: 'index'; readonly freq: number }
  | {
      readonly kind: 'dates';
      /** R's epochStr: 'week' moves each point to the monitored row's weekday. */
      readonly epoch: 'week' | 'day' | 'month';
      readonly days: readonly number[];
      readonly rowOfDay: ReadonlyMap<number, number>;
    };

/** Returns the calendar R would use: by dates for freq 52, 365 and 12 when dates are given, else by rows. */
export function referenceCalendar(dates: readonly (string | null)[], freq: number): ReferenceCalendar {
  const epoch = freq === 52 ? 'week' : freq === 365 ? 'day' : freq === 12 ? 'month' : null;
  if (epoch === null || dates.length === 0 || dates.some((d) => d === null)) return { kind: 'index', freq };
  const days = dates.map((d) => dayNumber(d ?? ''));
  const rowOfDay = new Map<number, number>();
  days.forEach((day, row) => rowOfDay.set(day, row));
  return { kind: 'dates', epoch, days, rowOfDay };
}

/**
 * Writes into `out` the rows of row t and of its b past reference points, most recent first
 * (out[0] = t), and returns true; returns false when a point is not a row of the series
 * (R stops there: "Some reference time points did not exist").
 */
export function referenceRows(calendar: ReferenceCalendar, t: number, b: number, out: Int32Array): boolean {
  out[0] = t;
  if (calendar.kind === 'index') {
    for (let i = 1; i <= b; i++) out[i] = t - i * calendar.freq;
    return t - b * calendar.freq >= 0;
  }
  const day = calendar.days[t] ?? NaN;
  const date = new Date(day * DAY_MS);
  for (let i = 1; i <= b; i++) {
    // seq(date, by = "-1 year"): the same month and day i years back, Feb 29 rolling over to Mar 1.
    let ref = Date.UTC(date.getUTCFullYear() - i, date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
    if (calendar.epoch === 'week') ref = sameWeekday(ref, day);
    const row = calendar.rowOfDay.get(ref);
    if (row === undefined) return false;
    out[i] = row;
  }
  return true;
}

/** The day nearest `ref` on the weekday of `target` (ties towards the same Sunday-based week), as R does. */
function sameWeekday(ref: number, target: number): number {
  const weekday = (d: number) => (((d + 4) % 7) + 7) % 7;
  const a = ref - (weekday(ref) - weekday(target));
  const b = a + (a > ref ? -7 : 7);
  return Math.abs(a - ref) > Math.abs(b - ref) ? b : a;
}

/** The rows back that the reference points of row t reach, for an `insufficient-data` reason. */
export function historyNeeded(calendar: ReferenceCalendar, t: number, b: number, w: number): number {
  if (calendar.kind === 'index') return b * calendar.freq + w;
  const days = calendar.days;
  const step = (days[1] ?? 1) - (days[0] ?? 0) || 1;
  const day = days[t] ?? 0;
  const date = new Date(day * DAY_MS);
  const oldest = Date.UTC(date.getUTCFullYear() - b, date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
  return Math.ceil((day - oldest) / step) + w;
}
