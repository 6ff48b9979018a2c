import type { PoissonMidP } from './midP';
import { poissonMidP } from './midP';
import { negativeBinomialUpperTail } from './negativeBinomialTail';
import { garwoodInterval, poissonUpperTail } from './poisson';

/** One observed count set against the count expected on an ordinary day. */
export interface SpikeTest {
  readonly observed: number;
  readonly expected: number;
  /** observed / expected. */
  readonly ratio: number;
  /** observed - expected. */
  readonly excess: number;
  /** Exact one-sided Poisson probability of observed or more when `expected` is the true mean. */
  readonly pValue: number;
  readonly confidence: number;
  /** Exact (Garwood) interval for the mean count behind the observation. */
  readonly countInterval: { readonly lower: number; readonly upper: number };
  /** The count interval divided by the expected value (the expected value taken as known). */
  readonly ratioInterval: { readonly lower: number; readonly upper: number };
  /** Poisson mid-p values of the observation (midP.ts); `upper` is the one-sided mid-p. */
  readonly midP?: PoissonMidP;
  /** The upper tail under overdispersion, present when a dispersion was given. */
  readonly negativeBinomial?: {
    /** phi = variance / mean assumed for an ordinary day (1 = Poisson). */
    readonly phi: number;
    /** P(X >= observed) for a negative binomial with mean `expected` and dispersion phi. */
    readonly pValue: number;
  };
}

/** Optional extras of `spikeTest`. */
export interface SpikeTestOptions {
  /** Dispersion phi = variance / mean (>= 1) of ordinary days; adds the negative-binomial tail. */
  readonly dispersion?: number;
}

/**
 * Returns the ratio, excess, exact Poisson tail, mid-p and Garwood intervals for one count against an expected
 * value, and the negative-binomial tail when `options.dispersion` is given.
 */
export function spikeTest(
  observed: number,
  expected: number,
  confidence = 0.95,
  options: SpikeTestOptions = {},
): SpikeTest {
  const pValue = poissonUpperTail(observed, expected);
  const countInterval = garwoodInterval(observed, confidence);
  return {
    observed,
    expected,
    ratio: observed / expected,
    excess: observed - expected,
    pValue,
    confidence,
    countInterval,
    ratioInterval: { lower: countInterval.lower / expected, upper: countInterval.upper / expected },
    midP: poissonMidP(observed, expected),
    ...(options.dispersion === undefined
      ? {}
      : {
          negativeBinomial: {
            phi: options.dispersion,
            pValue: negativeBinomialUpperTail(observed, expected, options.dispersion),
          },
        }),
  };
}
