import type { BeforeComparable } from './baseline';

/** A baseline point: a value with its window's first index, or why there is none. */
type BaselinePoint =
  | { readonly kind: 'value'; readonly windowStart: number }
  | { readonly kind: 'insufficient-data' }
  | BeforeComparable;

/**
 * Returns the baseline with every value whose window starts before `comparableFrom` replaced by a
 * `before-comparable` reason (e.g. the MPS series, comparable only from 2012-05). Dates are ISO days or
 * months; a month is taken as its first day, so a window starting 2012-05 passes `comparableFrom` 2012-05.
 */
export function respectComparableFrom<T extends BaselinePoint>(
  baseline: readonly T[],
  dates: readonly string[],
  comparableFrom: string,
): (T | BeforeComparable)[] {
  if (baseline.length !== dates.length)
    throw new RangeError(`got ${dates.length} dates for ${baseline.length} baseline points`);
  const from = asDay(comparableFrom);
  return baseline.map((point): T | BeforeComparable => {
    const known: BaselinePoint = point;
    if (known.kind !== 'value') return point;
    const windowStart = dates[known.windowStart];
    if (windowStart === undefined) throw new RangeError(`no date at index ${known.windowStart}`);
    return asDay(windowStart) < from ? { kind: 'before-comparable', comparableFrom, windowStart } : point;
  });
}

function asDay(isoDate: string): string {
  return isoDate.length === 7 ? `${isoDate}-01` : isoDate;
}
