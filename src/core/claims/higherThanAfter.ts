import { daysBetween, isIsoDay } from '../dates';
import type { DatedCount, NoClaimValue } from './highestOfYear';

/** Whether a day's count beats every day within N days after another event, with the evidence. */
export interface HigherThanAfterEvidence {
  readonly kind: 'ok';
  readonly claim: DatedCount;
  readonly eventDate: string;
  /** Days compared: the event day (day 0) to day withinDays - 1. */
  readonly window: { readonly from: string; readonly to: string; readonly days: number };
  /** The highest count in the window (earliest on ties), with its day offset; null when none is observed. */
  readonly peak: (DatedCount & { readonly day: number }) | null;
  /** 'higher': above every observed day of the window; 'equal': tied with its peak; 'lower': below it. */
  readonly verdict: 'higher' | 'equal' | 'lower' | 'nothing-to-compare';
  /** claim count - peak count, or null without a peak. */
  readonly margin: number | null;
  /** Days of the window with a count >= the claim's, in date order. */
  readonly atLeastAsHigh: readonly DatedCount[];
  /** Days of the window in the series without a count, and days of it beyond the series. */
  readonly missing: readonly string[];
  readonly beyondSeries: number;
}

/**
 * Returns the evidence for "the count on `date` was higher than on any day within `withinDays` days after the
 * event on `eventDate`" (days 0 .. withinDays - 1 of that event) for a daily series.
 */
export function checkHigherThanAfter(
  dates: readonly string[],
  counts: readonly (number | null)[],
  date: string,
  eventDate: string,
  withinDays: number,
): HigherThanAfterEvidence | NoClaimValue {
  if (dates.length !== counts.length)
    throw new RangeError(`got ${dates.length} dates for ${counts.length} counts`);
  if (!Number.isInteger(withinDays) || withinDays < 1)
    throw new RangeError(`withinDays must be a whole number >= 1, got ${withinDays}`);
  if (!isIsoDay(eventDate)) throw new RangeError(`not an ISO day: ${eventDate}`);
  const index = dates.indexOf(date);
  if (index < 0) return { kind: 'outside-series', date };
  const count = counts[index] ?? null;
  if (count === null) return { kind: 'missing-value', date };
  const window: DatedCount[] = [];
  const missing: string[] = [];
  let beyondSeries = 0;
  let last = eventDate;
  for (let day = 0; day < withinDays; day++) {
    const current = addDays(eventDate, day);
    last = current;
    const i = dates.indexOf(current);
    const value = i < 0 ? undefined : counts[i];
    if (value === undefined) beyondSeries++;
    else if (value === null) missing.push(current);
    else window.push({ date: current, count: value });
  }
  const peak = window.reduce<DatedCount | null>(
    (best, d) => (best === null || d.count > best.count ? d : best),
    null,
  );
  const verdict =
    peak === null
      ? 'nothing-to-compare'
      : count > peak.count
        ? 'higher'
        : count === peak.count
          ? 'equal'
          : 'lower';
  return {
    kind: 'ok',
    claim: { date, count },
    eventDate,
    window: { from: eventDate, to: last, days: withinDays },
    peak: peak === null ? null : { ...peak, day: daysBetween(eventDate, peak.date) },
    verdict,
    margin: peak === null ? null : count - peak.count,
    atLeastAsHigh: window.filter((d) => d.count >= count),
    missing,
    beyondSeries,
  };
}

function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
