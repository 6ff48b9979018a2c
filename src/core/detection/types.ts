/** Daily (or weekly, monthly) counts in time order; a missing value is null, never 0. */
export type Counts = readonly (number | null)[];

/** Counts with one ISO date (`YYYY-MM-DD` or `YYYY-MM`) per count. */
export interface DatedCounts {
  readonly counts: Counts;
  readonly dates: readonly string[];
}

/** What a detection method takes: bare counts, or counts with their dates. */
export type DetectionSeries = Counts | DatedCounts;

/**
 * One row of a detection result. Every field but `observed` and `date` is null where the row
 * lies outside the monitored range, has too little history, or meets a missing value.
 */
export interface DetectionRow {
  /** The row's date, or null when the series came without dates. */
  readonly date: string | null;
  readonly observed: number | null;
  /** The baseline the row is compared with (EARS: the window mean; CUSUM: the reference mean m). */
  readonly expected: number | null;
  /** The method's upper bound: the count above which (EARS) or from which (CUSUM) it alarms. */
  readonly upper: number | null;
  readonly alarm: boolean | null;
  /** The method's statistic (EARS: the C value; CUSUM: the cumulative sum). */
  readonly statistic: number | null;
  /** One-sided p-value of the statistic, where the method defines one. */
  readonly pValue: number | null;
}

/** The series is too short (or has too many missing values) for the method at all. */
export interface InsufficientData {
  readonly kind: 'insufficient-data';
  readonly need: number;
  readonly have: number;
}

/** The reference has no spread, so the standardised statistic would divide by zero. */
export interface ZeroVariance {
  readonly kind: 'zero-variance';
}

/** Why a whole detection result cannot be computed. */
export type DetectionFailure = InsufficientData | ZeroVariance;

/** Returns the counts of a series, whether it came bare or with dates. */
export function countsOf(series: DetectionSeries): Counts {
  return isDated(series) ? series.counts : series;
}

/** Returns the date of each row (null when the series has no dates), checking one date per count. */
export function datesOf(series: DetectionSeries): readonly (string | null)[] {
  if (!isDated(series)) return series.map(() => null);
  if (series.dates.length !== series.counts.length)
    throw new RangeError(`got ${series.dates.length} dates for ${series.counts.length} counts`);
  return series.dates;
}

/** Returns the counts as numbers with NaN for a missing value, refusing negative or infinite counts. */
export function countsAsNumbers(counts: Counts): number[] {
  return counts.map((value, index) => {
    if (value === null) return NaN;
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`count ${index} must be a finite number >= 0 or null, got ${value}`);
    return value;
  });
}

/** Returns a finite number as itself and NaN or an infinity as null (R's NA, NaN and Inf). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Returns a row with nothing computed: outside the monitored range or without enough history. */
export function emptyRow(observed: number | null, date: string | null): DetectionRow {
  return { date, observed, expected: null, upper: null, alarm: null, statistic: null, pValue: null };
}

function isDated(series: DetectionSeries): series is DatedCounts {
  return !Array.isArray(series);
}
