import * as z from 'zod/mini';
import { count, evidence, isoDay, nonEmptyArray, sourceId, text } from './common';

/** One version of a count and the ordinary-day figure it was set against, as one set of sources gave it. */
export const comparisonVersionSchema = z.object({
  observed: count,
  expected: z.number().check(z.positive()),
  /** How the sources described the change, word for word, or null. */
  wording: z.nullable(z.string()),
  sources: nonEmptyArray(sourceId),
  evidence,
});
export type ComparisonVersion = z.infer<typeof comparisonVersionSchema>;

/** One way the sources named the day, with who named it so. */
export const dayVersionSchema = z.object({
  label: text(),
  sources: nonEmptyArray(sourceId),
  evidence,
});
export type DayVersion = z.infer<typeof dayVersionSchema>;

/** Crimes committed on one day, among those a force recorded on another. */
export const committedDaySchema = z.object({ date: isoDay, count });

/**
 * A later official count of the day's crimes by the day the force recorded them, with how many were committed that
 * day (and, where the answer gives it, on which day each was committed).
 */
export const recordingVersionSchema = z.object({
  /** Crimes the force recorded on the day, as this answer counts them. */
  recorded: count,
  /** Of them, those committed on the day itself. */
  committedOnTheDay: count,
  /** Each day they were committed and how many, where the answer gives it; else null. */
  byDayCommitted: z.nullable(nonEmptyArray(committedDaySchema)),
  /** What else the answer says of them, or null. */
  note: z.nullable(text()),
  publishedAt: isoDay,
  sources: nonEmptyArray(sourceId),
  evidence,
});
export type RecordingVersion = z.infer<typeof recordingVersionSchema>;

/** A reported daily count against a reported daily average, with every version the sources give. */
export const spikeFigureSchema = z.object({
  id: text(),
  label: text(),
  publisher: text(),
  area: text(),
  date: isoDay,
  event: text(),
  /** What the expected value is, in the sources' words. */
  expectedLabel: text(),
  versions: nonEmptyArray(comparisonVersionSchema),
  dayVersions: z.array(dayVersionSchema),
  /** Later counts of the day's crimes by recording date and by the day committed. */
  recordingVersions: z.array(recordingVersionSchema),
});
export type SpikeFigure = z.infer<typeof spikeFigureSchema>;

/** A count reported for the days after one event. */
export const eventCountSchema = z.object({
  event: text(),
  count,
  /** The change over the same week of the previous year, in per cent, as published. */
  weekChangePercent: z.number(),
  evidence,
});

/** Counts after several events against one published daily average. */
export const eventComparisonSchema = z.object({
  id: text(),
  label: text(),
  publisher: text(),
  area: text(),
  /** When each count was taken, relative to its event. */
  timing: text(),
  expected: z.number().check(z.positive()),
  expectedLabel: text(),
  expectedEvidence: evidence,
  counts: nonEmptyArray(eventCountSchema),
  weekChangeEvidence: evidence,
  sources: nonEmptyArray(sourceId),
});
export type EventComparison = z.infer<typeof eventComparisonSchema>;

/** A count over a period after an event against the same period a year before (or a rolling year before). */
export const periodComparisonSchema = z.object({
  id: text(),
  label: text(),
  publisher: text(),
  area: text(),
  /** The id of the event, or null for a comparison not tied to one event. */
  event: z.nullable(text()),
  period: text(),
  observed: count,
  comparison: count,
  comparisonLabel: text(),
  /** How the sources described the change, word for word, or null. */
  wording: z.nullable(z.string()),
  caveat: z.nullable(z.string()),
  sources: nonEmptyArray(sourceId),
  evidence,
});
export type PeriodComparison = z.infer<typeof periodComparisonSchema>;

/** The reported figures file: `data/reported-figures.json`. */
export const reportedFiguresFileSchema = z.object({
  spikes: z.array(spikeFigureSchema),
  comparisons: z.array(eventComparisonSchema),
  periodComparisons: z.array(periodComparisonSchema),
});
export type ReportedFigures = z.infer<typeof reportedFiguresFileSchema>;
