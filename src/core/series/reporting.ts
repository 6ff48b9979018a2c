/** One state's hate crime incidents of any bias in one year, as the FBI's file holds them. */
export interface StateYearIncidents {
  readonly state: string;
  readonly year: number;
  readonly incidents: number;
}

/**
 * Returns the years in which a state's agencies sent the FBI no hate crime incident of any bias: years of no
 * reporting, in which a filtered count of 0 says nothing about hate crime.
 */
export function yearsNotReporting(rows: readonly StateYearIncidents[], state: string): ReadonlySet<number> {
  return new Set(rows.filter((row) => row.state === state && row.incidents === 0).map((row) => row.year));
}
