import gammaln from '@stdlib/math-base-special-gammaln';
import { exp, log, log1p } from '../../math/elementary';

// Poisson and negative binomial probabilities as R's nmath computes them (Loader's saddle-point
// dpois_raw / dbinom_raw with stirlerr and bd0), summed term by term for quantiles and upper tails.

const LN_SQRT_2PI = 0.9189385332046728;
const LN_2PI = 1.8378770664093456;
const DBL_EPSILON = 2.220446049250313e-16;
const DBL_MIN = 2.2250738585072014e-308;
const S0 = 0.08333333333333333;
const S1 = 0.002777777777777778;
const S2 = 0.0007936507936507937;
const S3 = 0.0005952380952380953;
const S4 = 0.0008417508417508417;
// prettier-ignore
const SFERR_HALVES = [
  0.0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765,
  0.0413406959554093, 0.03316287351993629, 0.02767792568499834,
  0.023746163656297496, 0.020790672103765093, 0.018488450532673187,
  0.016644691189821193, 0.015134973221917378, 0.013876128823070748,
  0.012810465242920227, 0.01189670994589177, 0.011104559758206917,
  0.010411265261972096, 0.009799416126158804, 0.009255462182712733,
  0.008768700134139386, 0.00833056343336287, 0.00793411456431402,
  0.007573675487951841, 0.007244554301320383, 0.00694284010720953,
  0.006665247032707682, 0.006408994188004207, 0.006171712263039458,
  0.0059513701127588475, 0.0057462165130101155, 0.005554733551962801,
];

/** log(n!) - log(sqrt(2 pi n) (n / e)^n), R 4.2's stirlerr (nmath). */
function stirlerr(n: number): number {
  if (n <= 15) {
    const nn = n + n;
    if (Number.isInteger(nn)) return SFERR_HALVES[nn] ?? NaN;
    return gammaln(n + 1) - (n + 0.5) * log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** The deviance term x log(x / np) + np - x, R's bd0. */
function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < DBL_MIN) return s;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * log(x / np) + np - x;
}

/** Returns P(X = x) for X ~ Poisson(lambda), as R's dpois. */
export function poissonDensity(x: number, lambda: number): number {
  if (lambda === 0) return x === 0 ? 1 : 0;
  if (x < 0) return 0;
  if (x <= lambda * DBL_MIN) return exp(-lambda);
  if (lambda < x * DBL_MIN) return exp(-lambda + x * log(lambda) - gammaln(x + 1));
  return exp(-stirlerr(x) - bd0(x, lambda)) / Math.sqrt(2 * Math.PI * x);
}

/** R's dbinom_raw(x, n, p, q): the binomial density for real n, via saddle points. */
function binomialDensityRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * log(q));
  }
  if (x === n) return exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * log(p));
  if (x < 0 || x > n) return 0;
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + log(x) + log1p(-x / n);
  return exp(lc - 0.5 * lf);
}

/** Returns P(X = x) for X ~ NegBin(size, prob), as R's dnbinom(x, size, prob). */
export function negativeBinomialDensity(x: number, size: number, prob: number): number {
  if (x === 0 && size === 0) return 1;
  const n = Number.isFinite(size) ? size : Number.MAX_VALUE;
  return (n / (n + x)) * binomialDensityRaw(n, x + n, prob, 1 - prob);
}

/** A count distribution given by its density and mean. */
export interface CountDistribution {
  readonly density: (x: number) => number;
  readonly mean: number;
}

/** Returns the Poisson(lambda) distribution. */
export function poisson(lambda: number): CountDistribution {
  return { density: (x) => poissonDensity(x, lambda), mean: lambda };
}

/** Returns NegBin(size, prob) (R's parametrisation: mean size (1 - prob) / prob). */
export function negativeBinomial(size: number, prob: number): CountDistribution {
  return { density: (x) => negativeBinomialDensity(x, size, prob), mean: (size * (1 - prob)) / prob };
}

/** Returns the smallest count x with P(X <= x) >= p, as R's qpois / qnbinom (lower tail). */
export function countQuantile(distribution: CountDistribution, p: number): number {
  if (!(p >= 0 && p <= 1) || !Number.isFinite(distribution.mean)) return NaN;
  if (p === 1) return Infinity;
  const target = p * (1 - 64 * DBL_EPSILON);
  let cumulative = 0;
  for (let x = 0; ; x++) {
    cumulative += distribution.density(x);
    if (cumulative >= target) return x;
    // Past the mean the remaining mass is below the next term's geometric bound; stop on stagnation.
    if (x > distribution.mean && distribution.density(x) === 0) return x;
  }
}

/** Returns P(X >= y) (R's p*(y - 1, lower.tail = FALSE)), summed on the side that keeps precision. */
export function countUpperTail(distribution: CountDistribution, y: number): number {
  if (Number.isNaN(y)) return NaN;
  if (y <= 0) return 1;
  const start = Math.ceil(y);
  if (start > distribution.mean) {
    let sum = 0;
    for (let x = start; ; x++) {
      const term = distribution.density(x);
      sum += term;
      if (term <= sum * 1e-17 || term === 0) return sum;
    }
  }
  let below = 0;
  for (let x = 0; x < start; x++) below += distribution.density(x);
  return Math.max(0, 1 - below);
}
