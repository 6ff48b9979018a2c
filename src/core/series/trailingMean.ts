import { trailingBaseline } from '../baselines/trailing';

/** A baseline value, or the reason it cannot be computed at that point. */
export type BaselinePoint =
  | { readonly kind: 'value'; readonly expected: number }
  | { readonly kind: 'insufficient-data'; readonly need: number; readonly have: number };

/** Returns, for each point, the mean of the `window` points before it (the point itself excluded). */
export function trailingMeanBaseline(counts: readonly (number | null)[], window: number): BaselinePoint[] {
  return trailingBaseline(counts, { window, bound: 'none' }).map((point) => {
    if (point.kind === 'value') return { kind: 'value', expected: point.expected };
    if (point.kind === 'insufficient-data') return point;
    throw new Error('unreachable: no comparable-from date was applied');
  });
}
