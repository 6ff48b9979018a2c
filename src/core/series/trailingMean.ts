/** A baseline value, or the reason it cannot be computed at that point. */
export type BaselinePoint =
  | { readonly kind: 'value'; readonly expected: number }
  | { readonly kind: 'insufficient-data'; readonly need: number; readonly have: number };

/** Returns, for each point, the mean of the `window` points before it (the point itself excluded). */
export function trailingMeanBaseline(counts: readonly (number | null)[], window: number): BaselinePoint[] {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number >= 1, got ${window}`);
  return counts.map((_, index) => {
    const previous = counts.slice(Math.max(0, index - window), index);
    const observed = previous.filter((value): value is number => value !== null);
    if (observed.length < window) return { kind: 'insufficient-data', need: window, have: observed.length };
    return { kind: 'value', expected: observed.reduce((sum, value) => sum + value, 0) / window };
  });
}
