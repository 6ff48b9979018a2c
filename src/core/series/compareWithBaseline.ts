import type { BaselinePoint } from './trailingMean';
import type { SeriesPoint } from './series';

/** A point set against its baseline; fields are null where either side is missing. */
export interface BaselineComparison {
  readonly date: string;
  readonly observed: number | null;
  readonly expected: number | null;
  /** observed / expected. */
  readonly ratio: number | null;
  /** observed - expected. */
  readonly excess: number | null;
  /** Why there is no expected value here, or null. */
  readonly reason: string | null;
}

/** Returns each point with its baseline value, ratio and excess; the two arrays must be aligned. */
export function compareWithBaseline(
  points: readonly SeriesPoint[],
  baseline: readonly BaselinePoint[],
): BaselineComparison[] {
  if (points.length !== baseline.length) throw new RangeError('points and baseline differ in length');
  return points.map((point, index) => {
    const base = baseline[index] as BaselinePoint;
    const expected = base.kind === 'value' ? base.expected : null;
    const reason = base.kind === 'value' ? null : `needs ${base.need} earlier values, has ${base.have}`;
    const comparable = point.count !== null && expected !== null;
    return {
      date: point.date,
      observed: point.count,
      expected,
      ratio: comparable && expected > 0 ? (point.count as number) / expected : null,
      excess: comparable ? (point.count as number) - expected : null,
      reason,
    };
  });
}

/** Returns the comparison with the largest value of a field, or null when no point has one (first wins ties). */
export function highestBy(
  rows: readonly BaselineComparison[],
  field: 'observed' | 'ratio',
): BaselineComparison | null {
  let best: BaselineComparison | null = null;
  for (const row of rows) {
    const value = row[field];
    if (value !== null && (best === null || value > (best[field] as number))) best = row;
  }
  return best;
}
