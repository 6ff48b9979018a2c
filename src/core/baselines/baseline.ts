import { normalQuantile } from '../detection/normal';
import type { InsufficientData } from '../detection/types';
import { poissonLowerTail } from '../stats/poisson';

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
  const maxMissing = options.maxMissing ?? 0;
  if (!Number.isInteger(maxMissing) || maxMissing < 0)
    throw new RangeError(`maxMissing must be a whole number >= 0, got ${maxMissing}`);
  const values: number[] = [];
  for (const index of indices) {
    const value = index >= 0 ? counts[index] : null;
    if (value === null || value === undefined) continue;
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`count ${index} must be a finite number >= 0 or null, got ${value}`);
    values.push(value);
  }
  const need = Math.max(1, indices.length - maxMissing);
  if (values.length < need) return { kind: 'insufficient-data', need, have: values.length };
  const expected = statistic === 'mean' ? mean(values) : median(values);
  const upper = upperBound(values, expected, options.bound ?? 'poisson', options.level ?? 0.95);
  return {
    kind: 'value',
    expected,
    upper,
    used: values.length,
    windowStart: indices.find((index) => index >= 0) ?? 0,
  };
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
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1));
  return expected + normalQuantile(level) * sd;
}

/** Returns R's `qpois(p, mean)`: the smallest whole k with P(X <= k) >= p for X ~ Poisson(mean). */
export function poissonQuantile(p: number, mean: number): number {
  if (mean === 0) return 0;
  let k = Math.max(0, Math.floor(mean + normalQuantile(p) * Math.sqrt(mean)));
  while (poissonLowerTail(k, mean) < p) k++;
  while (k > 0 && poissonLowerTail(k - 1, mean) >= p) k--;
  return k;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}
