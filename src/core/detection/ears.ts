import { normalQuantile, normalUpperTail } from './normal';
import type { DetectionRow, DetectionSeries, InsufficientData } from './types';
import { countsAsNumbers, countsOf, datesOf, emptyRow, finiteOrNull } from './types';

/** The three EARS variants: C1-MILD, C2-MEDIUM, C3-HIGH. */
export type EarsMethod = 'C1' | 'C2' | 'C3';

/** Options of `earsC`, named and defaulted as in `surveillance::earsC`'s `control`. */
export interface EarsOptions {
  readonly method?: EarsMethod;
  /** Days in the baseline window; at least 3. Default 7. */
  readonly baseline?: number;
  /** One-sided level of the threshold; default 0.001 for C1 and C2, 0.025 for C3 (as R). */
  readonly alpha?: number;
  /** Floor under the baseline standard deviation; default 0. */
  readonly minSigma?: number;
}

/** EARS output: one row per input count, with the settings that produced it. */
export interface EarsResult {
  readonly kind: 'ok';
  readonly method: EarsMethod;
  readonly baseline: number;
  readonly alpha: number;
  /** qnorm(1 - alpha), the threshold on the C value. */
  readonly zAlpha: number;
  readonly minSigma: number;
  readonly rows: readonly DetectionRow[];
}

/**
 * Returns EARS C1, C2 or C3 upper bounds and alarms for every row, as `surveillance::earsC`
 * (1.20.3) computes them, or the reason the series is too short.
 *
 * For row t, the baseline window is the `baseline` counts before t (C1), or before t - 2
 * (C2 and C3: the 2-day guard, lags 3 .. baseline + 2). `expected` is the window mean,
 * sigma = max(sd, minSigma), and for C1 and C2 `upper` = mean + zAlpha * sigma,
 * `statistic` = C = (observed - mean) / sigma. A row alarms when observed > upper.
 *
 * C3 follows the package CODE, which differs from its help page: the help page sums
 * max(0, C2 - 1) over days t, t-1, t-2 and centres the bound on the window mean, while the
 * code sets upper = max(0, observed(t) + sigma(t) * (zAlpha - max(0, C2(t-2) - 1) - max(0, C2(t-1) - 1))),
 * so a day alarms when the two PREVIOUS days' C2 exceedances sum past zAlpha (and its count is
 * above 0). `statistic` is that sum; `expected` is day t's C2 window mean.
 *
 * `pValue` is P(Z > statistic) for a standard normal Z (not part of R's output), so
 * pValue < alpha exactly when statistic > zAlpha. Missing counts propagate as R's NA does:
 * a field that would use one is null. A zero-spread window with minSigma = 0 gives R's
 * upper = mean but an undefined C value: `statistic` and `pValue` are then null.
 *
 * Deviations from R: every row is returned (rows before the first computable one are empty)
 * instead of only `control$range`; a series too short gives `insufficient-data` where R stops
 * with an error; C3 on a series with exactly one computable row is computed, where R stops
 * with "number of items to replace is not a multiple of replacement length".
 */
export function earsC(series: DetectionSeries, options: EarsOptions = {}): EarsResult | InsufficientData {
  const method = options.method ?? 'C1';
  const baseline = options.baseline ?? 7;
  const alpha = options.alpha ?? (method === 'C3' ? 0.025 : 0.001);
  const minSigma = options.minSigma ?? 0;
  if (!Number.isInteger(baseline) || baseline < 3)
    throw new RangeError(`baseline must be a whole number >= 3, got ${baseline}`);
  if (!(Number.isFinite(minSigma) && minSigma >= 0))
    throw new RangeError(`minSigma must be a finite number >= 0, got ${minSigma}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);

  const counts = countsOf(series);
  const dates = datesOf(series);
  const y = countsAsNumbers(counts);
  const firstRow = firstComputableRow(method, baseline);
  if (y.length <= firstRow) return { kind: 'insufficient-data', need: firstRow + 1, have: y.length };

  const zAlpha = normalQuantile(1 - alpha);
  const guard = method === 'C1' ? 0 : 2;
  const windows = y.map((_, t) => (t - guard - baseline >= 0 ? windowStats(y, t - guard, baseline) : null));
  const c2 = (s: number): number => {
    const w = windows[s];
    return w === null || w === undefined ? NaN : (valueAt(y, s) - w.mean) / Math.max(w.sd, minSigma);
  };

  const rows = counts.map((observed, t): DetectionRow => {
    const date = dates[t] ?? null;
    const window = windows[t];
    if (t < firstRow || window === null || window === undefined) return emptyRow(observed, date);
    const x = valueAt(y, t);
    const sigma = Math.max(window.sd, minSigma);
    let upper: number;
    let statistic: number;
    if (method === 'C3') {
      const lag2 = Math.max(0, c2(t - 2) - 1);
      const lag1 = Math.max(0, c2(t - 1) - 1);
      upper = Math.max(0, x + sigma * (zAlpha - (lag2 + lag1)));
      statistic = lag2 + lag1;
    } else {
      upper = window.mean + zAlpha * sigma;
      statistic = (x - window.mean) / sigma;
    }
    const finiteStatistic = finiteOrNull(statistic);
    return {
      date,
      observed,
      expected: finiteOrNull(window.mean),
      upper: finiteOrNull(upper),
      alarm: Number.isNaN(x) || Number.isNaN(upper) ? null : x > upper,
      statistic: finiteStatistic,
      pValue: finiteStatistic === null ? null : normalUpperTail(finiteStatistic),
    };
  });
  return { kind: 'ok', method, baseline, alpha, zAlpha, minSigma, rows };
}

/** Returns the 0-based index of the first row EARS can compute (R's default range start - 1). */
export function firstComputableRow(method: EarsMethod, baseline: number): number {
  if (method === 'C1') return baseline;
  return method === 'C2' ? baseline + 2 : baseline + 4;
}

/** Mean and sample sd (n - 1) of the `length` values before index `end`; NaN if one is missing. */
function windowStats(y: readonly number[], end: number, length: number): { mean: number; sd: number } {
  const values = y.slice(end - length, end);
  let sum = 0;
  for (const value of values) sum += value;
  let mean = sum / length;
  // R's mean() adds a second pass that corrects the rounding of the first.
  let correction = 0;
  for (const value of values) correction += value - mean;
  mean += correction / length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return { mean, sd: Math.sqrt(squares / (length - 1)) };
}

function valueAt(y: readonly number[], index: number): number {
  return y[index] ?? NaN;
}
