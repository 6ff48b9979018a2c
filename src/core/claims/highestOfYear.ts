/** A dated count cited as evidence. */
export interface DatedCount {
  readonly date: string;
  readonly count: number;
}

/** The claimed day has no count (null) or is not in the series. */
export interface NoClaimValue {
  readonly kind: 'missing-value' | 'outside-series';
  readonly date: string;
}

/** Whether a day is the highest of a year, with the evidence. */
export interface HighestOfYearEvidence {
  readonly kind: 'ok';
  readonly claim: DatedCount;
  readonly year: string;
  /** 1 + the number of days of the year with a strictly higher count (R's `rank(-x, ties.method = 'min')`). */
  readonly rank: number;
  readonly verdict: 'highest' | 'tied-highest' | 'not-highest';
  /** Days of the year with a higher count, highest first (earliest first on ties). */
  readonly higher: readonly DatedCount[];
  /** Other days of the year with the same count, in date order. */
  readonly ties: readonly DatedCount[];
  /** Days of the year with a count (the claimed day included). */
  readonly compared: number;
  /** Days of the year in the series whose count is missing: the claim is unchecked against them. */
  readonly missing: readonly string[];
  /** First and last day of the year the series holds (a partial year shows here). */
  readonly coverage: { readonly from: string; readonly to: string };
}

/**
 * Returns the evidence for "DATE had the highest daily tally of YEAR" (YEAR defaults to DATE's): the day's
 * rank among the year's days, the days above it and tied with it, and the days that could not be compared.
 */
export function checkHighestOfYear(
  dates: readonly string[],
  counts: readonly (number | null)[],
  date: string,
  year: string = date.slice(0, 4),
): HighestOfYearEvidence | NoClaimValue {
  if (dates.length !== counts.length)
    throw new RangeError(`got ${dates.length} dates for ${counts.length} counts`);
  if (date.slice(0, 4) !== year) throw new RangeError(`${date} is not in ${year}`);
  const index = dates.indexOf(date);
  if (index < 0) return { kind: 'outside-series', date };
  const count = counts[index] ?? null;
  if (count === null) return { kind: 'missing-value', date };
  const days: DatedCount[] = [];
  const missing: string[] = [];
  dates.forEach((day, i) => {
    if (day.slice(0, 4) !== year) return;
    const value = counts[i] ?? null;
    if (value === null) missing.push(day);
    else days.push({ date: day, count: value });
  });
  const higher = days
    .filter((d) => d.count > count)
    .sort((a, b) => b.count - a.count || compare(a.date, b.date));
  const ties = days.filter((d) => d.count === count && d.date !== date);
  const inYear = dates.filter((day) => day.slice(0, 4) === year).sort(compare);
  return {
    kind: 'ok',
    claim: { date, count },
    year,
    rank: higher.length + 1,
    verdict: higher.length > 0 ? 'not-highest' : ties.length > 0 ? 'tied-highest' : 'highest',
    higher,
    ties,
    compared: days.length,
    missing,
    coverage: { from: inYear[0] as string, to: inYear[inYear.length - 1] as string },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
