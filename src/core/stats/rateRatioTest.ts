import type { InsufficientData } from '../detection/types';
import { binomialLogPmf, binomialLowerTail, binomialUpperTail, clopperPearsonBounds } from './binomial';
import { assertCount, assertPositive } from './assertions';
import { log1p } from '../math/elementary';

/** Which rate-ratio alternative is tested against a ratio of 1: R's `alternative`. */
export type RateRatioAlternative = 'two-sided' | 'greater' | 'less';

/** Two counts over two periods compared by the exact conditional (binomial) test. */
export interface RateRatioTest {
  readonly kind: 'ok';
  readonly count: number;
  readonly time: number;
  readonly baselineCount: number;
  readonly baselineTime: number;
  readonly alternative: RateRatioAlternative;
  readonly confidence: number;
  /** (count / time) / (baselineCount / baselineTime); Infinity when the baseline count is 0. */
  readonly ratio: number;
  /** The count expected in `time` under a ratio of 1: total × time / (time + baselineTime). */
  readonly expectedCount: number;
  readonly pValue: number;
  /** Exact interval for the rate ratio; `upper` is Infinity where R's is Inf (one-sided, or baseline 0). */
  readonly ratioInterval: { readonly lower: number; readonly upper: number };
}

/**
 * Returns the rate ratio of `count` over `time` against `baselineCount` over `baselineTime`, its exact
 * p-value and confidence interval, as R's `poisson.test(c(count, baselineCount), c(time, baselineTime))`
 * computes them (conditional binomial test, Clopper-Pearson bounds mapped to the ratio scale), or
 * `insufficient-data` when both counts are 0 (R stops there).
 * Example: 20 incidents in 1 day against 546 in 156 days: `rateRatioTest(20, 1, 546, 156)`.
 */
export function rateRatioTest(
  count: number,
  time: number,
  baselineCount: number,
  baselineTime: number,
  alternative: RateRatioAlternative = 'two-sided',
  confidence = 0.95,
): RateRatioTest | InsufficientData {
  assertCount(count, 'count');
  assertCount(baselineCount, 'baselineCount');
  assertPositive(time, 'time');
  assertPositive(baselineTime, 'baselineTime');
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const n = count + baselineCount;
  if (n === 0) return { kind: 'insufficient-data', need: 1, have: 0 };
  const p = time / (time + baselineTime);
  const alpha = 1 - confidence;
  let pValue: number;
  let bounds: { lower: number; upper: number };
  if (alternative === 'greater') {
    pValue = binomialUpperTail(count, n, p);
    bounds = { lower: clopperPearsonBounds(count, n, alpha).lower, upper: 1 };
  } else if (alternative === 'less') {
    pValue = binomialLowerTail(count, n, p);
    bounds = { lower: 0, upper: clopperPearsonBounds(count, n, alpha).upper };
  } else {
    pValue = twoSidedP(count, n, p);
    bounds = clopperPearsonBounds(count, n, alpha / 2);
  }
  const toRatio = (q: number) => (q >= 1 ? Infinity : (q / (1 - q)) * (baselineTime / time));
  return {
    kind: 'ok',
    count,
    time,
    baselineCount,
    baselineTime,
    alternative,
    confidence,
    ratio: count / time / (baselineCount / baselineTime),
    expectedCount: n * p,
    pValue,
    ratioInterval: { lower: toRatio(bounds.lower), upper: toRatio(bounds.upper) },
  };
}

/** R's binom.test two-sided p-value: the total probability of outcomes no more likely than x. */
function twoSidedP(x: number, n: number, p: number): number {
  const m = n * p;
  if (x === m) return 1;
  const threshold = binomialLogPmf(x, n, p) + log1p(1e-7); // R's d * relErr, on the log scale
  const atMost = (i: number) => binomialLogPmf(i, n, p) <= threshold;
  if (x < m) {
    // pmf is non-increasing on [ceil(m), n]: find the first i there that is no more likely than x.
    let lo = Math.ceil(m);
    let hi = n + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (atMost(mid)) hi = mid;
      else lo = mid + 1;
    }
    return Math.min(1, binomialLowerTail(x, n, p) + binomialUpperTail(lo, n, p));
  }
  // pmf is non-decreasing on [0, floor(m)]: find the last i there that is no more likely than x.
  let lo = -1;
  let hi = Math.floor(m);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (atMost(mid)) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(1, binomialLowerTail(lo, n, p) + binomialUpperTail(x, n, p));
}
