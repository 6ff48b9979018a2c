import type { DetectionFailure, DetectionRow, DetectionSeries } from './types';
import { countsAsNumbers, countsOf, datesOf, emptyRow, finiteOrNull } from './types';
import { pow } from '../math/elementary';

/** How each count is standardised against m: z1 (standard), Rossi's z3, or the Anscombe residual. */
export type CusumTransform = 'standard' | 'rossi' | 'anscombe';

/** Options of `cusum`, named and defaulted as in `surveillance::algo.cusum`'s `control`. */
export interface CusumOptions {
  /** 0-based first monitored row (R's `range[1] - 1`); the rows before it are the reference. */
  readonly start: number;
  /** 0-based end of monitoring, exclusive (R's last `range` value). Default: the series length. */
  readonly end?: number;
  /** Reference value subtracted from each standardised count. Default 1.04. */
  readonly k?: number;
  /** Decision boundary: a row alarms when the cumulative sum is >= h. Default 2.26. */
  readonly h?: number;
  /** Expected count: null = mean of the reference rows; a number; or one number per monitored row. */
  readonly m?: number | readonly number[] | null;
  /** Default 'standard'. */
  readonly trans?: CusumTransform;
}

/** CUSUM output: one row per input count, with the settings that produced it. */
export interface CusumResult {
  readonly kind: 'ok';
  readonly start: number;
  readonly end: number;
  readonly k: number;
  readonly h: number;
  readonly trans: CusumTransform;
  /** The expected count used for each monitored row. */
  readonly m: readonly number[];
  readonly rows: readonly DetectionRow[];
}

/**
 * Returns the one-sided Poisson CUSUM of rows [start, end) as `surveillance::algo.cusum` (1.20.3)
 * computes it, or the reason it cannot be computed.
 *
 * S(t) = max(0, S(t-1) + z(t) - k) from S = 0 before `start`, where z is the transformed count;
 * a row alarms when S(t) >= h, and the sum is not reset after an alarm (as in R). `upper` is R's
 * upperbound, the count that would have made S(t) reach h (for 'standard' a whole number,
 * ceiling(sqrt(m) (h + k - S(t-1)) + m)), floored at 0; `statistic` is S(t); `expected` is m;
 * `pValue` is null, for CUSUM defines none. For 'rossi' R's bound can exceed a count that
 * alarms (when S(t-1) is large its formula takes the wrong root); it is kept as R has it.
 *
 * Deviations from R: `range` must be one run of rows [start, end); m = 'glm' and the
 * experimental transforms (anscombe2nd, the NegBin ones, none) are not ported; with m = null and
 * start = 0 R takes observed[1:0], i.e. the first count, as m, whereas this returns
 * `insufficient-data`; a missing reference count (R: m = NA, every row NA) also gives
 * `insufficient-data`; m = 0 (R: NaN sums, alarms on any positive count) gives `zero-variance`;
 * after a missing monitored count R sets every later upperbound to 0 (its NA -> 0 rule), where this
 * returns null, as it does for the sum and alarm (NA in R).
 */
export function cusum(series: DetectionSeries, options: CusumOptions): CusumResult | DetectionFailure {
  const k = options.k ?? 1.04;
  const h = options.h ?? 2.26;
  const trans = options.trans ?? 'standard';
  const counts = countsOf(series);
  const dates = datesOf(series);
  const y = countsAsNumbers(counts);
  const { start } = options;
  const end = options.end ?? y.length;
  if (!Number.isInteger(start) || start < 0 || start > y.length)
    throw new RangeError(`start must be a whole number in [0, ${y.length}], got ${start}`);
  if (!Number.isInteger(end) || end < start || end > y.length)
    throw new RangeError(`end must be a whole number in [${start}, ${y.length}], got ${end}`);
  if (!(Number.isFinite(k) && Number.isFinite(h))) throw new RangeError(`k and h must be finite`);
  if (end === start) return { kind: 'insufficient-data', need: start + 1, have: y.length };

  const m = expectedCounts(y, start, end, options.m ?? null);
  if (!Array.isArray(m)) return m;
  if (m.some((value) => value === 0)) return { kind: 'zero-variance' };

  const rows: DetectionRow[] = counts.map((observed, t) => emptyRow(observed, dates[t] ?? null));
  let previous = 0;
  for (let t = start; t < end; t++) {
    const x = y[t] ?? NaN;
    const mt = m[t - start] ?? NaN;
    const upper = Number.isNaN(previous) ? null : upperBound(trans, mt, k, h, previous);
    const sum = Math.max(0, previous + (standardise(trans, x, mt) - k));
    rows[t] = {
      date: dates[t] ?? null,
      observed: counts[t] ?? null,
      expected: mt,
      upper,
      alarm: Number.isNaN(sum) ? null : sum >= h,
      statistic: finiteOrNull(sum),
      pValue: null,
    };
    previous = sum;
  }
  return { kind: 'ok', start, end, k, h, trans, m, rows };
}

/** The expected count per monitored row, or why it cannot be had. */
function expectedCounts(
  y: readonly number[],
  start: number,
  end: number,
  m: number | readonly number[] | null,
): number[] | DetectionFailure {
  const length = end - start;
  if (m === null) {
    const reference = y.slice(0, start);
    const have = reference.filter((value) => !Number.isNaN(value)).length;
    if (start === 0 || have < start) return { kind: 'insufficient-data', need: Math.max(1, start), have };
    return Array.from({ length }, () => referenceMean(reference));
  }
  const values = typeof m === 'number' ? Array.from({ length }, () => m) : [...m];
  if (values.length !== length)
    throw new RangeError(`m has ${values.length} values for ${length} monitored rows`);
  if (values.some((value) => !(Number.isFinite(value) && value >= 0)))
    throw new RangeError('m must hold finite numbers >= 0');
  return values;
}

/** The mean with R's second, rounding-correcting pass. */
function referenceMean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let correction = 0;
  for (const value of values) correction += value - mean;
  return mean + correction / values.length;
}

/** R's `standObs`: the count x standardised against its expectation m. */
function standardise(trans: CusumTransform, x: number, m: number): number {
  switch (trans) {
    case 'rossi':
      return (x - 3 * m + 2 * Math.sqrt(x * m)) / (2 * Math.sqrt(m));
    case 'standard':
      return (x - m) / Math.sqrt(m);
    case 'anscombe':
      return ((3 / 2) * (pow(x, 2 / 3) - pow(m, 2 / 3))) / pow(m, 1 / 6);
  }
}

/** R's `upperbound`: the count at which S(t) would reach h, given S(t-1); NaN and negatives become 0. */
function upperBound(trans: CusumTransform, m: number, k: number, h: number, previous: number): number {
  let bound: number;
  switch (trans) {
    case 'rossi': {
      const root = pow(m, 1 / 2);
      const m32 = pow(m, 3 / 2);
      bound =
        2 * h * root +
        2 * k * root -
        2 * previous * root +
        5 * m -
        2 * pow(4 * (m * m) + 2 * m32 * h + 2 * m32 * k - 2 * m32 * previous, 1 / 2);
      break;
    }
    case 'standard':
      bound = Math.ceil(Math.sqrt(m) * (h + k - previous) + m);
      break;
    case 'anscombe': {
      const base = (2 / 3) * pow(m, 1 / 6) * (h + k - previous) + pow(m, 2 / 3);
      bound = base < 0 ? 0 : pow(base, 3 / 2);
      break;
    }
  }
  return Number.isNaN(bound) || bound < 0 ? 0 : bound;
}
