import gammaln from '@stdlib/math-base-special-gammaln';
import { exp, log, log1p } from '../math/elementary';

// Binomial tails summed term by term from the log-pmf (as poisson.ts does for the Poisson), and the exact
// (Clopper-Pearson) bounds solved on those tails. stdlib's betainc/betaincinv are not used, so their accuracy
// over large arguments never matters here.

/** Returns log P(X = k) for X ~ Binomial(n, p), with 0 < p < 1. */
export function binomialLogPmf(k: number, n: number, p: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) + k * log(p) + (n - k) * log1p(-p);
}

/** Returns P(X >= k) for X ~ Binomial(n, p): R's `pbinom(k - 1, n, p, lower.tail = FALSE)`. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return k > n * p ? sumUpward(k, n, p) : 1 - sumDownward(k - 1, n, p);
}

/** Returns P(X <= k) for X ~ Binomial(n, p): R's `pbinom(k, n, p)`. */
export function binomialLowerTail(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return k < n * p ? sumDownward(k, n, p) : 1 - sumUpward(k + 1, n, p);
}

/**
 * Returns the exact (Clopper-Pearson) bounds on the success probability for x successes in n trials at one
 * tail level `alpha` each: lower = R's `qbeta(alpha, x, n - x + 1)` (0 when x = 0),
 * upper = `qbeta(1 - alpha, x + 1, n - x)` (1 when x = n).
 */
export function clopperPearsonBounds(x: number, n: number, alpha: number): { lower: number; upper: number } {
  // P(Beta(x, n - x + 1) <= q) = P(Binomial(n, q) >= x), so each bound solves a binomial tail = alpha.
  const lower = x === 0 ? 0 : solveProbability((q) => binomialUpperTail(x, n, q), alpha, true, x, n);
  const upper = x === n ? 1 : solveProbability((q) => binomialLowerTail(x, n, q), alpha, false, x + 1, n);
  return { lower, upper };
}

/**
 * Solves tail(q) = target for q in (0, 1), where tail rises with q (`rising`) or falls, by Newton steps kept
 * inside a shrinking bracket. The derivative of either tail is the Beta(a, n - a + 1) density at q.
 */
function solveProbability(
  tail: (q: number) => number,
  target: number,
  rising: boolean,
  a: number,
  n: number,
): number {
  const logScale = gammaln(n + 1) - gammaln(a) - gammaln(n - a + 1);
  const density = (q: number) => exp(logScale + (a - 1) * log(q) + (n - a) * log1p(-q));
  let lo = 0;
  let hi = 1;
  let q = Math.min(Math.max(a / (n + 1), 1e-300), 1 - 1e-16);
  for (let step = 0; step < 400; step++) {
    const gap = tail(q) - target;
    if (gap === 0) return q;
    if (gap < 0 === rising) lo = q;
    else hi = q;
    const slope = density(q);
    const newton = q - (rising ? gap : -gap) / slope;
    const next = Number.isFinite(newton) && newton > lo && newton < hi ? newton : bisect(lo, hi);
    if (Math.abs(next - q) <= 4e-16 * Math.max(q, next)) return next;
    q = next;
  }
  return q;
}

/** Midpoint of a bracket: geometric when it spans orders of magnitude, so tiny bounds keep their precision. */
function bisect(lo: number, hi: number): number {
  if (lo === 0) return hi / 2;
  return hi > 4 * lo ? Math.sqrt(lo * hi) : (lo + hi) / 2;
}

/** Sum of pmf(j) for j >= k, where k > n p so the terms only shrink. */
function sumUpward(k: number, n: number, p: number): number {
  const odds = p / (1 - p);
  let term = exp(binomialLogPmf(k, n, p));
  let sum = 0;
  for (let j = k; j <= n && term > 0 && term > sum * 1e-17; j++) {
    sum += term;
    term *= ((n - j) / (j + 1)) * odds;
  }
  return sum;
}

/** Sum of pmf(j) for 0 <= j <= m, where m < n p so the terms shrink going down. */
function sumDownward(m: number, n: number, p: number): number {
  const odds = p / (1 - p);
  let term = exp(binomialLogPmf(m, n, p));
  let sum = 0;
  for (let j = m; j >= 0 && term > 0 && term > sum * 1e-17; j--) {
    sum += term;
    term *= j / ((n - j + 1) * odds);
  }
  return sum;
}
