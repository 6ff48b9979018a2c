import type { MinorClassTable } from './parseBoroughTable';

/** The minor class the project follows: racially or religiously aggravated public fear, alarm or distress. */
export const RR_PUBLIC_FEAR = 'RACE OR RELIGIOUS AGG PUBLIC FEAR';

/** The area name of the London-wide total (the sum of every row of the class). */
export const LONDON = 'London';

/**
 * The first month comparable with later ones. London-wide counts are 20–99 a month from 2010-04 to 2012-03,
 * 194 in 2012-04, then 327–458 in every month from 2012-05 to 2013-04 and never below 327 after: the step,
 * which looks like a recording change rather than a rise in offences, falls within April 2012, so May 2012 is
 * the first whole month at the new level. Baselines and charts must not reach back before it.
 */
export const COMPARABLE_FROM = '2012-05';

/** One month of one area. */
export interface AreaMonthCount {
  readonly date: string;
  readonly area: string;
  readonly count: number;
}

/** Returns long rows, the London total first and then each borough (sorted by name), each month in order. */
export function deriveMonthlyByArea(table: MinorClassTable): AreaMonthCount[] {
  const boroughs = [...table.rows].sort((a, b) =>
    a.borough < b.borough ? -1 : a.borough > b.borough ? 1 : 0,
  );
  const london = table.months.map((date, at) => ({
    date,
    area: LONDON,
    count: table.rows.reduce((sum, row) => sum + (row.counts[at] ?? 0), 0),
  }));
  return [
    ...london,
    ...boroughs.flatMap((row) =>
      table.months.map((date, at) => ({ date, area: row.borough, count: row.counts[at] ?? 0 })),
    ),
  ];
}
