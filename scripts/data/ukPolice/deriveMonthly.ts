import { isoMonth } from '../../../src/core/dates';
import type { ReportMonth } from './parseReport';

/** One month of a force's series; a count is null where it is missing (never 0). */
export interface ForceMonth {
  readonly month: string;
  readonly hateCrimes: number | null;
  readonly muslimCrimes: number | null;
}

/** A force's series: every month from its first to its last, and how many of them the return does not give. */
export interface ForceMonths {
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly months: readonly ForceMonth[];
  /** Months inside the range the return has no row for (a row with empty or NA counts is not counted here). */
  readonly monthsMissing: number;
}

/**
 * Returns every month from the first to the last month of a return (given in date order, each month once), a month
 * the return does not give written with both counts null: missing, never 0.
 */
export function everyMonth(reported: readonly ReportMonth[]): ForceMonths {
  const first = reported[0];
  const last = reported.at(-1);
  if (first === undefined || last === undefined) throw new Error('a force return without months');
  const byMonth = new Map(reported.map((row) => [row.month, row]));
  const months: ForceMonth[] = [];
  for (let month = first.month; month <= last.month; month = nextMonth(month)) {
    const row = byMonth.get(month);
    months.push({ month, hateCrimes: row?.hateCrimes ?? null, muslimCrimes: row?.muslimCrimes ?? null });
  }
  return {
    firstMonth: first.month,
    lastMonth: last.month,
    months,
    monthsMissing: months.length - reported.length,
  };
}

/** Returns the month after a `YYYY-MM` month. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? isoMonth(year + 1, 1) : isoMonth(year, number + 1);
}
