import type { DetectionRow, DetectionSeries, InsufficientData } from '../types';
import { countsAsNumbers, countsOf, datesOf, emptyRow, finiteOrNull } from '../types';
import { fillReferenceData, referenceData } from './blocks';
import { glmWorkspace } from './glm';
import { designScratch, predictMonitoredRow } from './model';
import type { FarringtonOptions, ResolvedFarringtonOptions } from './options';
import { resolveFarringtonOptions } from './options';
import { historyNeeded, referenceCalendar, referenceRows } from './referencePoints';
import { threshold } from './thresholds';

/** Why a monitored row has no upper bound: too little history, no fit, too few recent cases, a missing count. */
export type FarringtonRowReason =
  | InsufficientData
  | { readonly kind: 'no-convergence' }
  | { readonly kind: 'too-few-cases'; readonly need: number; readonly have: number }
  | { readonly kind: 'missing-count' };

/** One row of `farringtonFlexible`: R's upperbound, alarm, expected, score and pvalue, plus phi and trend. */
export interface FarringtonRow extends DetectionRow {
  /** R's phiVector: max(1, dispersion) of the final model. */
  readonly dispersion: number | null;
  /** R's trendVector: the trend coefficient per row when the trend was kept, else null. */
  readonly trend: number | null;
  /** Why `upper` is null on a monitored row; null when it is not. */
  readonly reason: FarringtonRowReason | null;
}

/** farringtonFlexible output: one row per input count, with the settings that produced it. */
export interface FarringtonResult {
  readonly kind: 'ok';
  readonly options: ResolvedFarringtonOptions;
  readonly start: number;
  readonly end: number;
  readonly rows: readonly FarringtonRow[];
}

/**
 * Returns the rows of `surveillance::farringtonFlexible` (1.20.3) for the monitored rows [start, end).
 *
 * For each row t the reference is b past cycles of 2w + 1 rows around t - i * freq (by calendar years
 * on the dates for freq 52, 365 and 12, as R does for an sts with dates), plus with noPeriods > 1 the
 * rows between them as seasonal blocks. A quasi-Poisson log-linear GLM (optional trend) is fitted by
 * IRLS as R's glm does, refitted with Anscombe-residual weights, and the trend kept only when b >= 3,
 * significant at pThresholdTrend and not predicting above the largest reference count. `upper` is
 * R's upperbound; `statistic` is R's score (y - fit) / (upper - fit) (for 'nbPlugin' and 'muan' fit is
 * the linear predictor, as in R); `pValue` is R's pvalue; `expected` is the predicted mean. A row
 * alarms when the score exceeds 1, its count is not 0 and the last limit54[1] rows hold at least
 * limit54[0] cases; otherwise (R's NA) `expected` and `upper` are null and `reason` says why.
 *
 * Deviations from R: populationOffset is not ported; a row whose reference reaches before the series
 * gets `insufficient-data` where R stops; a missing monitored count gives alarm null (R: FALSE);
 * a singular design counts as `no-convergence`; freq other than 52, 365, 12 with dates goes by rows
 * (R stops: it has no calendar for them).
 */
export function farringtonFlexible(series: DetectionSeries, options: FarringtonOptions): FarringtonResult {
  const resolved = resolveFarringtonOptions(options);
  const { freq, b, w, noPeriods, limit54 } = resolved;
  const counts = countsOf(series);
  const dates = datesOf(series);
  const y = Float64Array.from(countsAsNumbers(counts));
  const start = options.start ?? freq * b + w;
  const end = options.end ?? y.length;
  if (!Number.isInteger(start) || start < 0 || start > y.length)
    throw new RangeError(`start must be a whole number in [0, ${y.length}], got ${start}`);
  if (!Number.isInteger(end) || end < start || end > y.length)
    throw new RangeError(`end must be a whole number in [${start}, ${y.length}], got ${end}`);

  const calendar = referenceCalendar(dates, freq);
  const time = new Float64Array(y.length);
  if (calendar.kind === 'index') for (let i = 0; i < y.length; i++) time[i] = i;
  else {
    // R's wtime: days since the first row over the first step between rows.
    const step = (calendar.days[1] ?? 1) - (calendar.days[0] ?? 0);
    for (let i = 0; i < y.length; i++) time[i] = ((calendar.days[i] ?? 0) - (calendar.days[0] ?? 0)) / step;
  }
  const refs = new Int32Array(b + 1);
  const data = referenceData(freq * b + w + 1);
  let ws = glmWorkspace(data.y.length, noPeriods + 2);
  const scratch = designScratch(noPeriods);
  const [cases, periods] = limit54;

  const rows: FarringtonRow[] = counts.map((observed, t) => ({
    ...emptyRow(observed, dates[t] ?? null),
    dispersion: null,
    trend: null,
    reason: null,
  }));
  for (let t = start; t < end; t++) {
    const base = rows[t] as FarringtonRow;
    if (!referenceRows(calendar, t, b, refs) || !fillReferenceData(data, y, time, refs, t, resolved)) {
      rows[t] = {
        ...base,
        reason: { kind: 'insufficient-data', need: historyNeeded(calendar, t, b, w), have: t },
      };
      continue;
    }
    if (ws.y.length < data.n) ws = glmWorkspace(data.y.length, noPeriods + 2);
    const prediction = data.n > 0 ? predictMonitoredRow(ws, data, scratch, resolved) : null;
    if (prediction === null) {
      rows[t] = { ...base, reason: { kind: 'no-convergence' } };
      continue;
    }
    const x = y[t] as number;
    const th = threshold(resolved.thresholdMethod, resolved.powertrans, resolved.alpha, prediction, x);
    let recent = 0;
    for (let s = Math.max(0, t - periods + 1); s <= t; s++) recent += y[s] as number;
    const enough = recent >= cases;
    const missing = Number.isNaN(recent);
    rows[t] = {
      ...base,
      expected: enough && !Number.isNaN(th.upper) ? th.expected : null,
      upper: enough ? finiteOrNull(th.upper) : null,
      alarm: Number.isNaN(x) ? null : enough && th.score > 1 && x !== 0,
      statistic: finiteOrNull(th.score),
      pValue: finiteOrNull(th.pValue),
      dispersion: finiteOrNull(prediction.phi),
      trend: prediction.doTrend ? prediction.trendCoef : null,
      reason: missing
        ? { kind: 'missing-count' }
        : enough
          ? null
          : { kind: 'too-few-cases', need: cases, have: recent },
    };
  }
  return { kind: 'ok', options: resolved, start, end, rows };
}
