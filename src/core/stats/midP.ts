import gammainc from '@stdlib/math-base-special-gammainc';

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
  if (!Number.isInteger(observed) || observed < 0)
    throw new RangeError(`observed must be a whole number >= 0, got ${observed}`);
  if (!(Number.isFinite(expected) && expected > 0))
    throw new RangeError(`expected must be a finite number > 0, got ${expected}`);
  // P(X >= x) is the regularised lower incomplete gamma P(x, mu); P(X <= x) is the upper Q(x + 1, mu).
  const atLeast = observed === 0 ? 1 : gammainc(expected, observed);
  const above = gammainc(expected, observed + 1);
  const atMost = gammainc(expected, observed + 1, true, true);
  const below = observed === 0 ? 0 : gammainc(expected, observed, true, true);
  const upper = (atLeast + above) / 2;
  const lower = (below + atMost) / 2;
  return { upper, lower, twoSided: Math.min(1, 2 * Math.min(upper, lower)) };
}
