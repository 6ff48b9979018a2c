import type { BaselineEstimate, BaselineOptions, BaselineStatistic } from './baseline';
import { missingAllowed, windowEstimate } from './baseline';
import { forEachTrailingWindow } from './trailingWindows';

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
 * (indices i - guard - window .. i - guard - 1), with its upper bound, or why there is none. The window slides
 * one point at a time, so a long window costs no more than a short one.
 */
export function trailingBaseline(
  counts: readonly (number | null)[],
  options: TrailingOptions,
): BaselineEstimate[] {
  const { window } = options;
  const need = Math.max(1, window - missingAllowed(options));
  const statistic = options.statistic ?? 'mean';
  const keepSorted = statistic === 'median' || options.bound === 'normal';
  const estimates: BaselineEstimate[] = [];
  forEachTrailingWindow(counts, window, options.guard ?? 0, keepSorted, (sliding, windowStart) =>
    estimates.push(windowEstimate(sliding, need, statistic, windowStart, options)),
  );
  return estimates;
}
