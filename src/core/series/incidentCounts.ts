import type { CountPair } from './aggregate';

/** The fields of an incident that the browser filters and counts by. */
export interface IncidentFacts {
  readonly date: string;
  readonly state: string;
  readonly offences: readonly string[];
  readonly multipleBias: boolean;
}

/** Which incidents to count: null for a field means any value. */
export interface IncidentFilter {
  readonly state: string | null;
  readonly offence: string | null;
  readonly singleBiasOnly: boolean;
}

/** Returns true when the filter keeps only some incidents. */
export function isFiltering(filter: IncidentFilter): boolean {
  return filter.state !== null || filter.offence !== null || filter.singleBiasOnly;
}

/** Returns true when an incident passes the filter. */
export function matchesFilter(incident: IncidentFacts, filter: IncidentFilter): boolean {
  return (
    (filter.state === null || incident.state === filter.state) &&
    (filter.offence === null || incident.offences.includes(filter.offence)) &&
    !(filter.singleBiasOnly && incident.multipleBias)
  );
}

/**
 * Returns one count per given day: the incidents that pass the filter, zero on a day with none (the source lists
 * every reported incident). The total of all hate incidents is not known for a filtered set, so it is null.
 */
export function countIncidentsByDay(
  days: readonly string[],
  incidents: readonly IncidentFacts[],
  filter: IncidentFilter,
): CountPair[] {
  const perDay = new Map<string, number>();
  for (const incident of incidents) {
    if (matchesFilter(incident, filter)) perDay.set(incident.date, (perDay.get(incident.date) ?? 0) + 1);
  }
  return days.map((date) => ({ date, count: perDay.get(date) ?? 0, allCount: null }));
}

/** Returns the distinct values of a field over the incidents, most frequent first, with their counts. */
export function valueCounts(values: Iterable<string>): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
