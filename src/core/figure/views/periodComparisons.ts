import { rateRatioTest } from '../../stats/rateRatioTest';
import type { ReportedInput, ReportedPeriodComparison } from './reportedInputs';

/** A published before-and-after comparison with what is computed of it; null where a count of 0 leaves no value. */
export interface PeriodComparisonRow {
  readonly entry: ReportedPeriodComparison;
  /** The name of the event the comparison follows, or null. */
  readonly eventName: string | null;
  /** The rate ratio and its exact 95% interval, both counts Poisson over equal periods. */
  readonly ratio: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly changePercent: number | null;
}

/** Returns each published comparison with its rate ratio, exact interval and change: the page's table and the export. */
export function periodComparisonRows(
  input: Pick<ReportedInput, 'periodComparisons' | 'events'>,
): PeriodComparisonRow[] {
  return input.periodComparisons.map((entry) => {
    const tested = rateRatioTest(entry.observed, 1, entry.comparison, 1);
    const test = tested.kind === 'ok' ? tested : null;
    return {
      entry,
      eventName: input.events.find((e) => e.id === entry.event)?.name ?? null,
      ratio: finite(test?.ratio),
      lower: finite(test?.ratioInterval.lower),
      upper: finite(test?.ratioInterval.upper),
      changePercent: finite((100 * (entry.observed - entry.comparison)) / entry.comparison),
    };
  });
}

/** Returns a number when it is finite, else null (a ratio against 0 is left empty, never infinity or 0). */
function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
