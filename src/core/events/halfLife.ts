import type { InsufficientData } from '../detection/types';
import { log } from '../math/elementary';

/** A decay half-life fitted to the excess after a peak. */
export interface HalfLife {
  readonly kind: 'ok';
  /** ln 2 / -slope, in days. */
  readonly days: number;
  /** Least-squares slope of log(excess) on the day (per day; negative). */
  readonly slope: number;
  /** Fitted log excess on day 0 of the fit (the peak). */
  readonly intercept: number;
  /** Days in the fit: the peak and the following days while the excess stays above 0. */
  readonly points: number;
}

/** The fitted excess does not fall (slope >= 0), so there is no half-life. */
export interface NotDecaying {
  readonly kind: 'not-decaying';
  readonly slope: number;
}

/**
 * Returns the half-life of the excess `counts[k] - expected` for k = 0, 1, ... from a peak, fitted as
 * log(excess) = intercept + slope × k by least squares (R's `lm(log(excess) ~ k)`) over the run of days that
 * starts at k = 0 and ends before the first missing count or excess <= 0; `insufficient-data` with fewer than
 * `minPoints` (default 3) such days, `not-decaying` when the slope is >= 0.
 */
export function excessHalfLife(
  counts: readonly (number | null)[],
  expected: number,
  minPoints = 3,
): HalfLife | NotDecaying | InsufficientData {
  if (!Number.isInteger(minPoints) || minPoints < 2)
    throw new RangeError(`minPoints must be a whole number >= 2, got ${minPoints}`);
  const logs: number[] = [];
  for (const count of counts) {
    if (count === null || !(count - expected > 0)) break;
    logs.push(log(count - expected));
  }
  const n = logs.length;
  if (n < minPoints) return { kind: 'insufficient-data', need: minPoints, have: n };
  const meanDay = (n - 1) / 2;
  const meanLog = logs.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  logs.forEach((value, day) => {
    sxy += (day - meanDay) * (value - meanLog);
    sxx += (day - meanDay) * (day - meanDay);
  });
  const slope = sxy / sxx;
  if (!(slope < 0)) return { kind: 'not-decaying', slope };
  return { kind: 'ok', days: Math.LN2 / -slope, slope, intercept: meanLog - slope * meanDay, points: n };
}
