import { daysBetween, isIsoMonth, isoDayNumber } from '../dates';
import type { BaselineEstimate, BaselineOptions } from './baseline';
import { checkedCount, missingAllowed, summariseWindow, windowEstimate } from './baseline';
import { SlidingWindow } from './slidingWindow';
import { trailingBaseline } from './trailing';

/** Options of `sameWeekdayMean`. */
export interface SameWeekdayOptions extends BaselineOptions {
  /** Previous weeks averaged; default 4. */
  readonly weeks?: number;
}

/**
 * Returns, for each day of a daily series, the mean of the same weekday over the previous `weeks` weeks
 * (days d - 7, d - 14, ..., d - 7 × weeks), with its upper bound, or why there is none. One window per weekday
 * slides along the series, so many weeks cost no more than a few.
 */
export function sameWeekdayMean(
  dates: readonly string[],
  counts: readonly (number | null)[],
  options: SameWeekdayOptions = {},
): BaselineEstimate[] {
  const weeks = options.weeks ?? 4;
  if (!Number.isInteger(weeks) || weeks < 1)
    throw new RangeError(`weeks must be a whole number >= 1, got ${weeks}`);
  assertConsecutive(dates, counts, 'day');
  const need = Math.max(1, weeks - missingAllowed(options));
  const windows = Array.from({ length: 7 }, () => new SlidingWindow(options.bound === 'normal'));
  return counts.map((_, i) => {
    const window = windows[i % 7] as SlidingWindow;
    // Slide: the day a week back enters, the day weeks + 1 weeks back leaves (days before 0 count as missing).
    if (i - 7 >= 0) window.add(checkedCount(counts, i - 7));
    if (i - 7 * (weeks + 1) >= 0) window.remove(counts[i - 7 * (weeks + 1)] ?? null);
    const oldest = i - 7 * weeks;
    const windowStart = oldest >= 0 ? oldest : i >= 7 ? i % 7 : 0;
    return windowEstimate(window, need, 'mean', windowStart, options);
  });
}

/**
 * Returns, for each day of a daily series, the mean of the same calendar year's days before it (1 January up
 * to the day before; "the 2017 daily average so far"), or why there is none: 1 January has no earlier day,
 * and a series starting after 1 January lacks the year's first days.
 */
export function yearToDateMean(
  dates: readonly string[],
  counts: readonly (number | null)[],
  options: BaselineOptions = {},
): BaselineEstimate[] {
  assertConsecutive(dates, counts, 'day');
  return dates.map((date, i) => {
    const dayOfYear = daysBetween(`${date.slice(0, 4)}-01-01`, date);
    const indices = Array.from({ length: dayOfYear }, (_, k) => i - dayOfYear + k);
    return summariseWindow(counts, indices, 'mean', options);
  });
}

/** Returns, for each month of a monthly series, the mean of the twelve months before it, or why there is none. */
export function trailingTwelveMonthMean(
  dates: readonly string[],
  counts: readonly (number | null)[],
  options: BaselineOptions = {},
): BaselineEstimate[] {
  assertConsecutive(dates, counts, 'month');
  return trailingBaseline(counts, { ...options, window: 12 });
}

/** Throws unless there is one date per count and the dates are consecutive days (or months). */
export function assertConsecutive(
  dates: readonly string[],
  counts: readonly (number | null)[],
  interval: 'day' | 'month',
): void {
  if (dates.length !== counts.length)
    throw new RangeError(`got ${dates.length} dates for ${counts.length} counts`);
  const index = interval === 'day' ? dayIndex : monthIndex;
  let previous = dates.length > 0 ? index(dates[0] as string) : 0;
  for (let i = 1; i < dates.length; i++) {
    const next = index(dates[i] as string);
    if (next - previous !== 1)
      throw new RangeError(`${dates[i]} does not follow ${dates[i - 1]}: a missing ${interval} must be null`);
    previous = next;
  }
}

/** Returns the day number of an ISO day, throwing when the text is not one. */
function dayIndex(day: string): number {
  const number = isoDayNumber(day);
  if (number === null) throw new RangeError(`not an ISO day: ${day}`);
  return number;
}

/** Returns a month's index (year × 12 + month), throwing when the text is not an ISO month. */
function monthIndex(month: string): number {
  if (!isIsoMonth(month)) throw new RangeError(`not an ISO month: ${month}`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}
