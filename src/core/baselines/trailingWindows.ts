import { checkedCount } from './checkedCount';
import { SlidingWindow } from './slidingWindow';

/**
 * Calls `visit` for each point i with the window of the `window` counts ending `guard` points before it
 * (indices i - guard - window .. i - guard - 1; points before 0 count as missing) and the window's first index,
 * sliding it one point at a time so a long window costs no more than a short one.
 */
export function forEachTrailingWindow(
  counts: readonly (number | null)[],
  window: number,
  guard: number,
  keepSorted: boolean,
  visit: (sliding: SlidingWindow, windowStart: number, i: number) => void,
): void {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number >= 1, got ${window}`);
  if (!Number.isInteger(guard) || guard < 0)
    throw new RangeError(`guard must be a whole number >= 0, got ${guard}`);
  const sliding = new SlidingWindow(keepSorted);
  for (let i = 0; i < counts.length; i++) {
    const end = i - guard;
    const start = end - window;
    // Slide: the point entering at end - 1, the one leaving at start - 1.
    if (end - 1 >= 0) sliding.add(checkedCount(counts, end - 1));
    if (start - 1 >= 0) sliding.remove(counts[start - 1] ?? null);
    visit(sliding, Math.max(0, start), i);
  }
}

/** The mean of a window, or why there is none: fewer counts than the window must hold. */
export type TrailingMean =
  | { readonly kind: 'value'; readonly expected: number; readonly used: number; readonly windowStart: number }
  | { readonly kind: 'insufficient-data'; readonly need: number; readonly have: number };

/**
 * Returns, for each point, the mean of the `window` counts before it when all are present, else why not: the
 * trailing mean without an upper bound (a chart's dashed baseline), free of the tail statistics a bound needs.
 */
export function trailingMeans(counts: readonly (number | null)[], window: number): TrailingMean[] {
  const means: TrailingMean[] = [];
  forEachTrailingWindow(counts, window, 0, false, (sliding, windowStart) =>
    means.push(
      sliding.used < window
        ? { kind: 'insufficient-data', need: window, have: sliding.used }
        : { kind: 'value', expected: sliding.mean(), used: sliding.used, windowStart },
    ),
  );
  return means;
}
