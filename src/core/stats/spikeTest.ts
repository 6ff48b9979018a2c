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
}

/** Returns the ratio, excess, exact Poisson tail and Garwood intervals for one count against an expected value. */
export function spikeTest(observed: number, expected: number, confidence = 0.95): SpikeTest {
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
  };
}
