import { normalQuantile } from '../detection/normal';
import type { InsufficientData } from '../detection/types';
import { poissonLowerTail } from '../stats/poisson';
import { checkedCount } from './checkedCount';
import { SlidingWindow } from './slidingWindow';

export { checkedCount } from './checkedCount';

/** How the upper bound of an ordinary day is set: see `upperBound`. */
export type UpperBoundMethod = 'poisson' | 'normal' | 'none';

/** The statistic a window is summarised by. */
export type BaselineStatistic = 'mean' | 'median';

/** Options every baseline shares. */
export interface BaselineOptions {
  /** Upper-bound method; default 'poisson'. */
  readonly bound?: UpperBoundMethod;
  /** One-sided level of the upper bound; default 0.95. */
  readonly level?: number;
  /** Missing (null) values a window may hold and still give a baseline; default 0. */
  readonly maxMissing?: number;
}

/** The window reaches back before the date from which the series is comparable. */
export interface BeforeComparable {
  readonly kind: 'before-comparable';
  readonly comparableFrom: string;
  /** Date of the window's first point. */
  readonly windowStart: string;
}

/** A baseline computed at one point. */
export interface BaselineValue {
  readonly kind: 'value';
  /** The window's mean or median. */
  readonly expected: number;
  /** The upper bound of an ordinary day, or null ('none', or 'normal' with fewer than 2 values). */
  readonly upper: number | null;
  /** Counts the window held (missing values excluded). */
  readonly used: number;
  /** Index of the window's first point inside the series (its count may be missing). */
  readonly windowStart: number;
}

/** A baseline at one point, or why there is none. */
export type BaselineEstimate = BaselineValue | InsufficientData | BeforeComparable;

/**
 * Returns the baseline of one window: its mean or median and upper bound, or `insufficient-data` when it holds
 * fewer than max(1, length - maxMissing) counts. `indices` are the window's points; those below 0 lie before
 * the series and count as missing.
 */
export function summariseWindow(
  counts: readonly (number | null)[],
  indices: readonly number[],
  statistic: BaselineStatistic,
  options: BaselineOptions,
): BaselineEstimate {
  const window = new SlidingWindow(true);
  for (const index of indices) if (index >= 0) window.add(checkedCount(counts, index));
  const need = Math.max(1, indices.length - missingAllowed(options));
  return windowEstimate(window, need, statistic, indices.find((index) => index >= 0) ?? 0, options);
}

/** Returns the baseline of a window's values, or `insufficient-data` when it holds fewer than `need`. */
export function windowEstimate(
  window: SlidingWindow,
  need: number,
  statistic: BaselineStatistic,
  windowStart: number,
  options: BaselineOptions,
): BaselineEstimate {
  if (window.used < need) return { kind: 'insufficient-data', need, have: window.used };
  const expected = statistic === 'mean' ? window.mean() : window.median();
  const bound = options.bound ?? 'poisson';
  const values = bound === 'normal' ? window.values() : [];
  return {
    kind: 'value',
    expected,
    upper: upperBound(values, expected, bound, options.level ?? 0.95),
    used: window.used,
    windowStart,
  };
}

/** Returns the options' `maxMissing` (default 0), refusing one that is not a whole number >= 0. */
export function missingAllowed(options: BaselineOptions): number {
  const maxMissing = options.maxMissing ?? 0;
  if (!Number.isInteger(maxMissing) || maxMissing < 0)
    throw new RangeError(`maxMissing must be a whole number >= 0, got ${maxMissing}`);
  return maxMissing;
}

/**
 * Returns the upper bound of an ordinary day: 'poisson' is R's `qpois(level, expected)`, the smallest count k
 * with P(X <= k) >= level; 'normal' is expected + qnorm(level) × the window's sample sd (null under 2 values);
 * 'none' is null.
 */
export function upperBound(
  values: readonly number[],
  expected: number,
  method: UpperBoundMethod,
  level: number,
): number | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  if (method === 'none') return null;
  if (method === 'poisson') return poissonQuantile(level, expected);
  if (values.length < 2) return null;
  const centre = mean(values);
  const sd = Math.sqrt(
    values.reduce((sum, value) => sum + (value - centre) * (value - centre), 0) / (values.length - 1),
  );
  return expected + normalQuantile(level) * sd;
}

/**
 * Returns R's `qpois(p, mean)`: the smallest whole k with P(X <= k) >= p for X ~ Poisson(mean). Answers are kept
 * (a few thousand): a trailing mean of whole counts takes few distinct values, so a long series asks the same ones
 * again and again.
 */
export function poissonQuantile(p: number, mean: number): number {
  if (mean === 0) return 0;
  const key = `${p} ${mean}`;
  const known = QUANTILES.get(key);
  if (known !== undefined) return known;
  let k = Math.max(0, Math.floor(mean + normalQuantile(p) * Math.sqrt(mean)));
  while (poissonLowerTail(k, mean) < p) k++;
  while (k > 0 && poissonLowerTail(k - 1, mean) >= p) k--;
  if (QUANTILES.size >= 4096) QUANTILES.clear();
  QUANTILES.set(key, k);
  return k;
}

const QUANTILES = new Map<string, number>();

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
