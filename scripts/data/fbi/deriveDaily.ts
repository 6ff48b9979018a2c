import type { FbiIncident } from './parseIncidents';

/** The bias the project follows, as the FBI writes it in `bias_desc`. */
export const ANTI_MUSLIM_BIAS = 'Anti-Islamic (Muslim)';

/** Returns true when the incident's bias list contains exactly `Anti-Islamic (Muslim)` (single- or multi-bias). */
export function isAntiMuslim(incident: Pick<FbiIncident, 'biases'>): boolean {
  return incident.biases.includes(ANTI_MUSLIM_BIAS);
}

/** One calendar day: incidents that match, and all incidents. */
export interface DailyCount {
  readonly date: string;
  readonly count: number;
  readonly allCount: number;
}

/**
 * Returns one row per day from 1 January of the earliest incident's year to 31 December of the latest's,
 * zero-filled (the file lists every reported incident): `count` matches `selected`, `allCount` counts all.
 */
export function deriveDailyCounts(
  incidents: readonly Pick<FbiIncident, 'date' | 'biases'>[],
  selected: (incident: Pick<FbiIncident, 'date' | 'biases'>) => boolean = isAntiMuslim,
): DailyCount[] {
  if (incidents.length === 0) return [];
  const tallies = new Map<string, { count: number; allCount: number }>();
  let first = incidents[0]?.date ?? '';
  let last = first;
  for (const incident of incidents) {
    const tally = tallies.get(incident.date) ?? { count: 0, allCount: 0 };
    tally.allCount += 1;
    if (selected(incident)) tally.count += 1;
    tallies.set(incident.date, tally);
    if (incident.date < first) first = incident.date;
    if (incident.date > last) last = incident.date;
  }
  return calendarDays(`${first.slice(0, 4)}-01-01`, `${last.slice(0, 4)}-12-31`).map((date) => ({
    date,
    count: tallies.get(date)?.count ?? 0,
    allCount: tallies.get(date)?.allCount ?? 0,
  }));
}

const DAY_MS = 86_400_000;

/** Returns every ISO day from `from` to `to`, both included, counted in UTC. */
export function calendarDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
