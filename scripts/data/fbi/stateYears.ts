import type { FbiIncident } from './parseIncidents';

/** One state's hate crime incidents of any bias in one year. */
export interface StateYear {
  readonly state: string;
  readonly year: number;
  readonly incidents: number;
}

/**
 * Returns every state the file names × every year it spans, with the state's incidents of any bias that year, 0
 * included (a state whose agencies sent none that year): what tells reporting from no reporting under a filter.
 */
export function stateYearCounts(incidents: readonly Pick<FbiIncident, 'date' | 'stateAbbr'>[]): StateYear[] {
  const tallies = new Map<string, number>();
  const states = new Set<string>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const incident of incidents) {
    const year = Number(incident.date.slice(0, 4));
    states.add(incident.stateAbbr);
    first = Math.min(first, year);
    last = Math.max(last, year);
    const key = `${incident.stateAbbr}|${year}`;
    tallies.set(key, (tallies.get(key) ?? 0) + 1);
  }
  const rows: StateYear[] = [];
  for (const state of [...states].sort())
    for (let year = first; year <= last; year++)
      rows.push({ state, year, incidents: tallies.get(`${state}|${year}`) ?? 0 });
  return rows;
}
