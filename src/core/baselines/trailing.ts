import type { BaselineEstimate, BaselineOptions, BaselineStatistic } from './baseline';
import { checkedCount, missingAllowed, windowEstimate } from './baseline';
import { SlidingWindow } from './slidingWindow';

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
  const guard = options.guard ?? 0;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number >= 1, got ${window}`);
  if (!Number.isInteger(guard) || guard < 0)
    throw new RangeError(`guard must be a whole number >= 0, got ${guard}`);
  const need = Math.max(1, window - missingAllowed(options));
  const statistic = options.statistic ?? 'mean';
  const sliding = new SlidingWindow(statistic === 'median' || options.bound === 'normal');
  return counts.map((_, i) => {
    const end = i - guard;
    const start = end - window;
    // Slide: the point entering at end - 1, the one leaving at start - 1 (points before 0 count as missing).
    if (end - 1 >= 0) sliding.add(checkedCount(counts, end - 1));
    if (start - 1 >= 0) sliding.remove(counts[start - 1] ?? null);
    return windowEstimate(sliding, need, statistic, Math.max(0, start), options);
  });
}
