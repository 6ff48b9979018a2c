import type { BaselineEstimate, BaselineOptions, BaselineStatistic } from './baseline';
import { summariseWindow } from './baseline';

/** Options of `trailingBaseline`. */
export interface TrailingOptions extends BaselineOptions {
  /** Points in the window; a whole number >= 1. */
  readonly window: number;
  /** Points skipped just before the point tested (a guard band); default 0. */
  readonly guard?: number;
  /** Default 'mean'. */
  readonly statistic?: BaselineStatistic;
}

/**
 * Returns, for each point i, the mean or median of the `window` points ending `guard` points before it
 * (indices i - guard - window .. i - guard - 1), with its upper bound, or why there is none.
 */
export function trailingBaseline(
  counts: readonly (number | null)[],
  options: TrailingOptions,
): BaselineEstimate[] {
  const { window } = options;
  const guard = options.guard ?? 0;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number >= 1, got ${window}`);
  if (!Number.isInteger(guard) || guard < 0)
    throw new RangeError(`guard must be a whole number >= 0, got ${guard}`);
  const offsets = Array.from({ length: window }, (_, k) => k - guard - window);
  return counts.map((_, i) =>
    summariseWindow(
      counts,
      offsets.map((offset) => i + offset),
      options.statistic ?? 'mean',
      options,
    ),
  );
}
