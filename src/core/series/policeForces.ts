import { daysBetween } from '../dates';
import { rateRatioTest, type RateRatioTest } from '../stats/rateRatioTest';
import { periodBounds } from './periods';

/** One month of a police force's returns: hate crimes and Islamophobic crimes recorded, null where missing. */
export interface PoliceMonth {
  readonly month: string;
  readonly hateCrimes: number | null;
  readonly muslimCrimes: number | null;
}

/** One police force's monthly counts, every month of its range in order. */
export interface PoliceForce {
  /** The force's id in the series, e.g. `london`, `manchester`. */
  readonly id: string;
  /** The force's own name, e.g. "Metropolitan Police Service". */
  readonly name: string;
  /** The police force area's population, or null where the source gives none. */
  readonly population: number | null;
  readonly months: readonly PoliceMonth[];
}

/** A month's Islamophobic crimes against the mean of the months before it, with R's exact `poisson.test`. */
export interface MonthAgainstBaseline {
  readonly kind: 'ok';
  readonly month: string;
  readonly observed: number;
  /** The months before, and their total: the baseline is total / months a month. */
  readonly baselineMonths: number;
  readonly baselineTotal: number;
  readonly expected: number;
  readonly test: RateRatioTest;
}

/** Why a month cannot be set against its baseline. */
export interface NoComparison {
  readonly kind: 'missing';
  readonly reason: string;
}

/** Returns true when a force's returns hold an Islamophobic count at all (one force's give hate crime only). */
export function hasIslamophobicCounts(force: PoliceForce): boolean {
  return force.months.some((m) => m.muslimCrimes !== null);
}

/**
 * Returns a month's Islamophobic crimes against the mean of the `window` months before it, with the exact rate ratio
 * test (R's `poisson.test(c(observed, total), c(1, window))`), or why not: the month or one before it is missing, or
 * the force's returns start too late.
 */
export function monthAgainstBaseline(
  force: PoliceForce,
  month: string,
  window = 12,
): MonthAgainstBaseline | NoComparison {
  const at = force.months.findIndex((m) => m.month === month);
  const observed = force.months[at]?.muslimCrimes ?? null;
  if (at < 0 || observed === null)
    return { kind: 'missing', reason: `${force.name} has no Islamophobic count for ${month}` };
  if (at < window)
    return {
      kind: 'missing',
      reason: `${force.name}’s returns start ${force.months[0]?.month}: fewer than ${window} months before ${month}`,
    };
  const before = force.months.slice(at - window, at);
  const gap = before.find((m) => m.muslimCrimes === null);
  if (gap !== undefined)
    return {
      kind: 'missing',
      reason: `${force.name} has no Islamophobic count for ${gap.month}, a baseline month`,
    };
  const baselineTotal = before.reduce((sum, m) => sum + (m.muslimCrimes ?? 0), 0);
  const test = rateRatioTest(observed, 1, baselineTotal, window);
  if (test.kind !== 'ok')
    return { kind: 'missing', reason: `no crime was recorded in ${month} or the months before` };
  return {
    kind: 'ok',
    month,
    observed,
    baselineMonths: window,
    baselineTotal,
    expected: baselineTotal / window,
    test,
  };
}

/** A force's Islamophobic crimes over whole months as a daily average. */
export interface DailyAverage {
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly days: number;
  readonly perDay: number;
}

/** Returns the daily average of a force's Islamophobic crimes from one month to another, or null if one is missing. */
export function dailyAverage(force: PoliceForce, from: string, to: string): DailyAverage | null {
  const months = force.months.filter((m) => m.month >= from && m.month <= to);
  if (months.length === 0 || months.some((m) => m.muslimCrimes === null)) return null;
  if (months[0]?.month !== from || months.at(-1)?.month !== to) return null;
  const total = months.reduce((sum, m) => sum + (m.muslimCrimes ?? 0), 0);
  const days = daysBetween(periodBounds(from, 'month').first, periodBounds(to, 'month').last) + 1;
  return { from, to, total, days, perDay: total / days };
}

/** One force's month against its own baseline, for a table of every force. */
export interface ForceMonth {
  readonly force: PoliceForce;
  readonly compared: MonthAgainstBaseline | NoComparison;
  /** The month's Islamophobic crimes per 100,000 people of the force area, where both are known. */
  readonly perHundredThousand: number | null;
}

/**
 * Returns every force with Islamophobic counts, its month against its own 12 months before, ranked by the rate ratio
 * (highest first); forces that cannot be compared follow, by name, each with its reason.
 */
export function forcesAgainstBaseline(forces: readonly PoliceForce[], month: string): ForceMonth[] {
  const rows = forces.filter(hasIslamophobicCounts).map((force): ForceMonth => {
    const compared = monthAgainstBaseline(force, month);
    const count = force.months.find((m) => m.month === month)?.muslimCrimes ?? null;
    return {
      force,
      compared,
      perHundredThousand:
        count === null || force.population === null || force.population === 0
          ? null
          : (count / force.population) * 100_000,
    };
  });
  const ratio = (row: ForceMonth) => (row.compared.kind === 'ok' ? row.compared.test.ratio : -1);
  return rows.sort((a, b) => ratio(b) - ratio(a) || a.force.name.localeCompare(b.force.name));
}
