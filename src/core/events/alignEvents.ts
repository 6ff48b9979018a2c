import { assertConsecutive } from '../baselines/calendar';
import { daysBetween } from '../dates';

/** An event to align on: its label and its day 0. */
export interface EventMarker {
  readonly name: string;
  readonly date: string;
}

/** A "days since the event" table: one row per day offset, one count per event (null where missing). */
export interface AlignedEvents {
  readonly events: readonly string[];
  readonly rows: readonly { readonly day: number; readonly counts: readonly (number | null)[] }[];
}

/**
 * Returns the daily counts around each event aligned on its date (day 0), from day -before to day +after;
 * a day outside the series or missing in it is null.
 */
export function alignEvents(
  dates: readonly string[],
  counts: readonly (number | null)[],
  events: readonly EventMarker[],
  range: { readonly before: number; readonly after: number },
): AlignedEvents {
  const { before, after } = range;
  if (!Number.isInteger(before) || before < 0 || !Number.isInteger(after) || after < 0)
    throw new RangeError(`before and after must be whole numbers >= 0, got ${before}, ${after}`);
  assertConsecutive(dates, counts, 'day');
  const first = dates[0];
  const origins = events.map((event) => (first === undefined ? null : daysBetween(first, event.date)));
  const rows = Array.from({ length: before + after + 1 }, (_, k) => {
    const day = k - before;
    return {
      day,
      counts: origins.map((origin) => (origin === null ? null : (counts[origin + day] ?? null))),
    };
  });
  return { events: events.map((event) => event.name), rows };
}
