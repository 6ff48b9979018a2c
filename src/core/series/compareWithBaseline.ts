/** A baseline at one point as any baseline method gives it: a value, or why there is none. */
export type BaselineLike =
  | { readonly kind: 'value'; readonly expected: number }
  | { readonly kind: 'insufficient-data'; readonly need: number; readonly have: number }
  | { readonly kind: 'before-comparable'; readonly comparableFrom: string };
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
  baseline: readonly BaselineLike[],
): BaselineComparison[] {
  if (points.length !== baseline.length) throw new RangeError('points and baseline differ in length');
  return points.map((point, index) => {
    const base = baseline[index] as BaselineLike;
    const expected = base.kind === 'value' ? base.expected : null;
    const reason = baselineReason(base);
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

/** Returns why a baseline point has no value, in plain words, or null when it has one. */
export function baselineReason(point: BaselineLike): string | null {
  switch (point.kind) {
    case 'value':
      return null;
    case 'insufficient-data':
      return `needs ${point.need} earlier values, has ${point.have}`;
    case 'before-comparable':
      return `its window reaches back before ${point.comparableFrom}, when recording changed`;
  }
}
