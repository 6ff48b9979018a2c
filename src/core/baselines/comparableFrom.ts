import type { BaselineEstimate } from './baseline';

/**
 * Returns the baseline with every value whose window starts before `comparableFrom` replaced by a
 * `before-comparable` reason (e.g. the MPS series, comparable only from 2012-05). Dates are ISO days or
 * months; a month is taken as its first day, so a window starting 2012-05 passes `comparableFrom` 2012-05.
 */
export function respectComparableFrom(
  baseline: readonly BaselineEstimate[],
  dates: readonly string[],
  comparableFrom: string,
): BaselineEstimate[] {
  if (baseline.length !== dates.length)
    throw new RangeError(`got ${dates.length} dates for ${baseline.length} baseline points`);
  const from = asDay(comparableFrom);
  return baseline.map((point) => {
    if (point.kind !== 'value') return point;
    const windowStart = dates[point.windowStart];
    if (windowStart === undefined) throw new RangeError(`no date at index ${point.windowStart}`);
    return asDay(windowStart) < from ? { kind: 'before-comparable', comparableFrom, windowStart } : point;
  });
}

function asDay(isoDate: string): string {
  return isoDate.length === 7 ? `${isoDate}-01` : isoDate;
}
