import { assertCount, assertPositive } from './assertions';
import { poissonLowerTail, poissonUpperTail } from './poisson';

/** The Poisson mid-p values of one observed count against a known mean. */
export interface PoissonMidP {
  /** P(X > observed) + P(X = observed) / 2: small when the count is high. */
  readonly upper: number;
  /** P(X < observed) + P(X = observed) / 2: small when the count is low; upper + lower = 1. */
  readonly lower: number;
  /** min(1, 2 min(upper, lower)). */
  readonly twoSided: number;
}

/**
 * Returns the upper, lower and two-sided Poisson mid-p values of `observed` for X ~ Poisson(expected),
 * as R's `ppois(x, mu, lower.tail = FALSE) + dpois(x, mu) / 2` (and its mirror) compute them.
 * Each tail is the mean of two exact tails, so a tiny tail keeps its relative precision.
 */
export function poissonMidP(observed: number, expected: number): PoissonMidP {
  assertCount(observed, 'observed');
  assertPositive(expected, 'expected');
  // Exact tails summed from the log-pmf (poisson.ts), not stdlib's gammainc, which drifts for large counts.
  const atLeast = poissonUpperTail(observed, expected);
  const above = poissonUpperTail(observed + 1, expected);
  const atMost = poissonLowerTail(observed, expected);
  const below = observed === 0 ? 0 : poissonLowerTail(observed - 1, expected);
  const upper = (atLeast + above) / 2;
  const lower = (below + atMost) / 2;
  return { upper, lower, twoSided: Math.min(1, 2 * Math.min(upper, lower)) };
}
