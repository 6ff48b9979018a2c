import gammaln from '@stdlib/math-base-special-gammaln';
import { assertCount, assertPositive } from './assertions';
import { exp, log } from '../math/elementary';

// The Poisson tails are summed term by term from the log-pmf (stdlib's gammaln), the definition itself.
// stdlib's gammainc/gammaincinv are not used: for shapes above about 500 their Temme expansion is off by up to
// 3e-4 (gammainc(1063.25, 1000) = 0.975283 where R's pgamma gives 0.975570), which moved Garwood bounds by 0.16.

/** Returns P(X >= observed) for X ~ Poisson(expected): the exact one-sided upper tail. */
export function poissonUpperTail(observed: number, expected: number): number {
  assertCount(observed, 'observed');
  assertPositive(expected, 'expected');
  return upperTail(observed, expected);
}

/** Returns P(X <= observed) for X ~ Poisson(expected): the exact lower tail. */
export function poissonLowerTail(observed: number, expected: number): number {
  assertCount(observed, 'observed');
  assertPositive(expected, 'expected');
  return lowerTail(observed, expected);
}

/** Returns the exact (Garwood) two-sided interval for a Poisson mean, given one observed count. */
export function garwoodInterval(observed: number, confidence = 0.95): { lower: number; upper: number } {
  assertCount(observed, 'observed');
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const alpha = 1 - confidence;
  const lower = observed === 0 ? 0 : gammaQuantile(alpha / 2, observed);
  const upper = gammaQuantile(1 - alpha / 2, observed + 1);
  return { lower, upper };
}

/** Returns the p-quantile of Gamma(shape, 1) for a whole-number shape (R's qgamma(p, shape)). */
export function gammaQuantile(p: number, shape: number): number {
  assertCount(shape, 'shape');
  // P(Gamma(a) <= x) = P(Poisson(x) >= a): solve on the smaller tail so the target keeps its precision.
  const useUpper = p > 0.5;
  const target = useUpper ? 1 - p : p;
  const tail = (x: number) => (useUpper ? lowerTail(shape - 1, x) : upperTail(shape, x));
  const density = (x: number) => exp((shape - 1) * log(x) - x - gammaln(shape));
  let lo = 0;
  let hi = shape + 20 * Math.sqrt(shape) + 20;
  let x = shape;
  for (let step = 0; step < 200; step++) {
    const gap = tail(x) - target; // upper tail: decreasing in x; lower: increasing
    if (gap > 0 === useUpper) lo = x;
    else hi = x;
    const newton = x - (useUpper ? -gap : gap) / density(x);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * x) return next;
    x = next;
  }
  return x;
}

function upperTail(k: number, lambda: number): number {
  if (k === 0) return 1;
  return k > lambda ? sumUpward(k, lambda) : 1 - sumDownward(k - 1, lambda);
}

function lowerTail(m: number, lambda: number): number {
  return m < lambda ? sumDownward(m, lambda) : 1 - sumUpward(m + 1, lambda);
}

/** Sum of pmf(j) for j >= k, where k > lambda so the terms only shrink. */
function sumUpward(k: number, lambda: number): number {
  let term = exp(logPmf(k, lambda));
  let sum = 0;
  for (let j = k; term > 0 && term > sum * 1e-17; j++) {
    sum += term;
    term *= lambda / (j + 1);
  }
  return sum;
}

/** Sum of pmf(j) for 0 <= j <= m, where m < lambda so the terms shrink going down. */
function sumDownward(m: number, lambda: number): number {
  let term = exp(logPmf(m, lambda));
  let sum = 0;
  for (let j = m; j >= 0 && term > 0 && term > sum * 1e-17; j--) {
    sum += term;
    term *= j / lambda;
  }
  return sum;
}

function logPmf(j: number, lambda: number): number {
  return j * log(lambda) - lambda - gammaln(j + 1);
}
