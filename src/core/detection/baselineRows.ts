import type { BaselineEstimate } from '../baselines/baseline';
import { poissonUpperTail } from '../stats/poisson';
import type { Counts, DetectionRow } from './types';
import { emptyRow } from './types';

/**
 * Returns detection rows for counts against per-row baselines (src/core/baselines): `expected` and `upper` are
 * the baseline's (upper: R's `qpois(1 - alpha, expected)`), a row alarms when its count is above `upper`,
 * `statistic` is observed / expected, and `pValue` is the exact one-sided P(X >= observed) for
 * X ~ Poisson(expected). An expected value of 0 gives pValue 0 for a positive count (1 for a zero) and no ratio.
 * A row without a baseline (too little history) or without a count has nulls; `pValues` false leaves every p-value
 * null, uncomputed.
 */
export function baselineRows(
  counts: Counts,
  dates: readonly (string | null)[],
  baseline: readonly BaselineEstimate[],
  pValues = true,
): DetectionRow[] {
  return counts.map((observed, t) => {
    const date = dates[t] ?? null;
    const point = baseline[t];
    if (point === undefined || point.kind !== 'value') return emptyRow(observed, date);
    const { expected, upper } = point;
    if (observed === null)
      return { date, observed, expected, upper, alarm: null, statistic: null, pValue: null };
    return {
      date,
      observed,
      expected,
      upper,
      alarm: upper === null ? null : observed > upper,
      statistic: expected === 0 ? null : observed / expected,
      pValue:
        !pValues || !Number.isInteger(observed)
          ? null
          : expected === 0
            ? observed > 0
              ? 0
              : 1
            : poissonUpperTail(observed, expected),
    };
  });
}
