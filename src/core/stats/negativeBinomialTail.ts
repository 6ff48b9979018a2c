import gammaln from '@stdlib/math-base-special-gammaln';
import type { InsufficientData, ZeroVariance } from '../detection/types';
import { poissonUpperTail } from './poisson';
import { assertCount, assertPositive } from './assertions';
import { exp, log, log1p } from '../math/elementary';

/** A dispersion estimated from a baseline window of counts. */
export interface DispersionEstimate {
  readonly kind: 'ok';
  /** Method of moments: the sample variance (n - 1 divisor, R's var) over the mean. */
  readonly phi: number;
  readonly mean: number;
  readonly variance: number;
  /** Counts used (missing values are skipped). */
  readonly n: number;
  /** phi < 1: less spread than Poisson; a tail should then use phi = 1 (Poisson). */
  readonly underdispersed: boolean;
}

/**
 * Returns P(X >= observed) for a negative binomial X with mean `mean` and dispersion phi = variance / mean,
 * as R's `pnbinom(observed - 1, size = mean / (phi - 1), mu = mean, lower.tail = FALSE)`; phi = 1 is the
 * Poisson tail. Summed term by term from the log-pmf, like the Poisson tails in poisson.ts.
 */
export function negativeBinomialUpperTail(observed: number, mean: number, phi: number): number {
  assertCount(observed, 'observed');
  assertPositive(mean, 'mean');
  if (!(Number.isFinite(phi) && phi >= 1))
    throw new RangeError(`phi must be a finite number >= 1, got ${phi}`);
  if (phi === 1) return poissonUpperTail(observed, mean);
  if (observed === 0) return 1;
  const size = mean / (phi - 1);
  const logProb = -log(phi); // prob = size / (size + mean) = 1 / phi
  const logFail = log1p(-1 / phi); // 1 - prob
  const logPmf = (k: number) =>
    gammaln(k + size) - gammaln(size) - gammaln(k + 1) + size * logProb + k * logFail;
  const fail = 1 - 1 / phi;
  if (observed > mean) {
    // Past the mean (and so past the mode) the terms only shrink.
    let term = exp(logPmf(observed));
    let sum = 0;
    for (let k = observed; term > 0 && term > sum * 1e-17; k++) {
      sum += term;
      term *= ((k + size) / (k + 1)) * fail;
    }
    return sum;
  }
  let term = exp(logPmf(observed - 1));
  let sum = 0;
  for (let k = observed - 1; k >= 0; k--) {
    sum += term;
    term *= k / ((k - 1 + size) * fail);
  }
  return Math.max(0, 1 - sum);
}

/**
 * Returns the method-of-moments dispersion phi = var / mean of a baseline window (missing values skipped),
 * `insufficient-data` with fewer than `minCounts` counts (at least 2), or `zero-variance` when the counts
 * are all equal (a zero mean included), where phi is 0 or undefined.
 */
export function estimateDispersion(
  counts: readonly (number | null)[],
  minCounts = 2,
): DispersionEstimate | InsufficientData | ZeroVariance {
  if (!Number.isInteger(minCounts) || minCounts < 2)
    throw new RangeError(`minCounts must be a whole number >= 2, got ${minCounts}`);
  const values = counts.filter((value): value is number => value !== null);
  for (const value of values)
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`counts must be finite numbers >= 0 or null, got ${value}`);
  if (values.length < minCounts) return { kind: 'insufficient-data', need: minCounts, have: values.length };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) * (value - mean), 0);
  const variance = squares / (values.length - 1);
  if (variance === 0) return { kind: 'zero-variance' };
  const phi = variance / mean;
  return { kind: 'ok', phi, mean, variance, n: values.length, underdispersed: phi < 1 };
}
