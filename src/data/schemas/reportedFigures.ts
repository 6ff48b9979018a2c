import { z } from 'zod';
import { count, evidence, isoDay, sourceId } from './common';

/** One version of a count and the ordinary-day figure it was set against, as one set of sources gave it. */
export const comparisonVersionSchema = z.object({
  observed: count,
  expected: z.number().positive(),
  /** How the sources described the change, word for word, or null. */
  wording: z.string().nullable(),
  sources: z.array(sourceId).min(1),
  evidence,
});
export type ComparisonVersion = z.infer<typeof comparisonVersionSchema>;

/** One way the sources named the day, with who named it so. */
export const dayVersionSchema = z.object({
  label: z.string().min(1),
  sources: z.array(sourceId).min(1),
  evidence,
});
export type DayVersion = z.infer<typeof dayVersionSchema>;

/** A reported daily count against a reported daily average, with every version the sources give. */
export const spikeFigureSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  publisher: z.string().min(1),
  area: z.string().min(1),
  date: isoDay,
  event: z.string().min(1),
  /** What the expected value is, in the sources' words. */
  expectedLabel: z.string().min(1),
  versions: z.array(comparisonVersionSchema).min(1),
  dayVersions: z.array(dayVersionSchema),
});
export type SpikeFigure = z.infer<typeof spikeFigureSchema>;

/** A count reported for the days after one event. */
export const eventCountSchema = z.object({
  event: z.string().min(1),
  count,
  /** The change over the same week of the previous year, in per cent, as published. */
  weekChangePercent: z.number(),
  evidence,
});

/** Counts after several events against one published daily average. */
export const eventComparisonSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  publisher: z.string().min(1),
  area: z.string().min(1),
  /** When each count was taken, relative to its event. */
  timing: z.string().min(1),
  expected: z.number().positive(),
  expectedLabel: z.string().min(1),
  expectedEvidence: evidence,
  counts: z.array(eventCountSchema).min(1),
  weekChangeEvidence: evidence,
  sources: z.array(sourceId).min(1),
});
export type EventComparison = z.infer<typeof eventComparisonSchema>;

/** The reported figures file: `data/reported-figures.json`. */
export const reportedFiguresFileSchema = z.object({
  spikes: z.array(spikeFigureSchema),
  comparisons: z.array(eventComparisonSchema),
});
export type ReportedFigures = z.infer<typeof reportedFiguresFileSchema>;
