import type { BaselineOptions } from '../baselines/baseline';
import { summariseWindow } from '../baselines/baseline';
import { assertConsecutive } from '../baselines/calendar';
import type { InsufficientData } from '../detection/types';
import { garwoodInterval } from '../stats/poisson';
import type { RateRatioTest } from '../stats/rateRatioTest';
import { rateRatioTest } from '../stats/rateRatioTest';
import type { HalfLife, NotDecaying } from './halfLife';
import { excessHalfLife } from './halfLife';

/** Options of `eventWindow`; days are counted from the event (day 0). */
export interface EventWindowOptions extends Omit<BaselineOptions, 'bound'> {
  /** Days in the pre-event baseline window. */
  readonly pre: number;
  /** Days skipped between the baseline window and the event (days -guard .. -1); default 0. */
  readonly guard?: number;
  /** Days analysed from the event on: days 0 .. post - 1. */
  readonly post: number;
  /** Upper bound of an ordinary day (see baselines/baseline.ts `upperBound`); default 'poisson'. */
  readonly bound?: 'poisson' | 'normal';
  /** Confidence of the excess interval and the rate ratio; default 0.95. */
  readonly confidence?: number;
}

/** One day of the window, as day offset, date and count. */
export interface EventDay {
  readonly day: number;
  readonly date: string;
  readonly count: number;
}

/** What happened after one event, measured against the days before it. */
export interface EventWindow {
  readonly kind: 'ok';
  readonly eventDate: string;
  /** Pre-event mean per day, its upper bound, and the days and total it rests on. */
  readonly baseline: {
    readonly expected: number;
    readonly upper: number | null;
    readonly days: number;
    readonly total: number;
  };
  /** The highest count in days 0 .. post - 1 (first on ties), or null when none is observed. */
  readonly peak: EventDay | null;
  /** Peak count / baseline mean; null when there is no peak or the baseline is 0. */
  readonly peakRatio: number | null;
  /** Summed counts over the post window less post × baseline; needs every post day observed. */
  readonly excess:
    | {
        readonly kind: 'ok';
        readonly observed: number;
        readonly expected: number;
        readonly excess: number;
        /** Garwood interval of the summed count less `expected` (the baseline taken as known). */
        readonly interval: { readonly lower: number; readonly upper: number };
        /** The post-window rate against the baseline rate, the baseline's own noise included. */
        readonly rateRatio: RateRatioTest | InsufficientData;
      }
    | InsufficientData;
  /** First day from the peak on (the peak included) whose count is <= the upper bound, or why there is none
   * (`not-returned`: not within the `post` days; `insufficient-data`: no upper bound). */
  readonly returnDay:
    EventDay | { readonly kind: 'not-returned'; readonly within: number } | InsufficientData;
  /** Half-life of the excess from the peak (halfLife.ts). */
  readonly halfLife: HalfLife | NotDecaying | InsufficientData;
}

/** The event date is not a day of the series. */
export interface OutsideSeries {
  readonly kind: 'outside-series';
  readonly date: string;
}

/** Returns the peak, ratio, excess, return day and half-life after an event, or why they cannot be had. */
export function eventWindow(
  dates: readonly string[],
  counts: readonly (number | null)[],
  eventDate: string,
  options: EventWindowOptions,
): EventWindow | InsufficientData | OutsideSeries {
  const { pre, post } = options;
  const guard = options.guard ?? 0;
  for (const [name, value, min] of [
    ['pre', pre, 1],
    ['post', post, 1],
    ['guard', guard, 0],
  ] as const)
    if (!Number.isInteger(value) || value < min)
      throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
  assertConsecutive(dates, counts, 'day');
  const event = dates.indexOf(eventDate);
  if (event < 0) return { kind: 'outside-series', date: eventDate };
  const indices = Array.from({ length: pre }, (_, k) => event - guard - pre + k);
  const base = summariseWindow(counts, indices, 'mean', { ...options, bound: options.bound ?? 'poisson' });
  if (base.kind === 'insufficient-data') return base;
  if (base.kind !== 'value') throw new Error('unreachable: summariseWindow applies no comparable-from date');
  const expected = base.expected;
  const total = base.expected * base.used;
  const days = Array.from({ length: post }, (_, day) => ({
    day,
    date: dates[event + day] ?? null,
    count: counts[event + day] ?? null,
  }));
  const observedDays = days.filter((d): d is EventDay => d.count !== null && d.date !== null);
  const peak = observedDays.reduce<EventDay | null>(
    (best, d) => (best === null || d.count > best.count ? d : best),
    null,
  );
  return {
    kind: 'ok',
    eventDate,
    baseline: { expected, upper: base.upper, days: base.used, total },
    peak,
    peakRatio: peak !== null && expected > 0 ? peak.count / expected : null,
    excess: excessOver(observedDays, post, expected, total, base.used, options.confidence ?? 0.95),
    returnDay: returnDayOf(observedDays, peak, base.upper, base.used, post),
    halfLife:
      peak === null
        ? { kind: 'insufficient-data', need: 3, have: 0 }
        : excessHalfLife(
            days.slice(peak.day).map((d) => d.count),
            expected,
          ),
  };
}

function excessOver(
  observedDays: readonly EventDay[],
  post: number,
  expectedPerDay: number,
  baselineTotal: number,
  baselineDays: number,
  confidence: number,
): EventWindow['excess'] {
  if (observedDays.length < post) return { kind: 'insufficient-data', need: post, have: observedDays.length };
  const observed = observedDays.reduce((sum, d) => sum + d.count, 0);
  const expected = expectedPerDay * post;
  const interval = garwoodInterval(observed, confidence);
  return {
    kind: 'ok',
    observed,
    expected,
    excess: observed - expected,
    interval: { lower: interval.lower - expected, upper: interval.upper - expected },
    rateRatio: rateRatioTest(
      observed,
      post,
      Math.round(baselineTotal),
      baselineDays,
      'two-sided',
      confidence,
    ),
  };
}

function returnDayOf(
  observedDays: readonly EventDay[],
  peak: EventDay | null,
  upper: number | null,
  baselineDays: number,
  post: number,
): EventWindow['returnDay'] {
  if (upper === null) return { kind: 'insufficient-data', need: 2, have: baselineDays };
  const back = observedDays.find((d) => peak !== null && d.day >= peak.day && d.count <= upper);
  return back ?? { kind: 'not-returned', within: post };
}
