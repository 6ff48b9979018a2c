import type { Source } from '../../provenance';
import type { FigureContext } from './figureInputs';

/** A count reported for the days after one event, with the published change over the same week a year before. */
export interface ReportedEventCount {
  readonly event: string;
  readonly count: number;
  readonly weekChangePercent: number;
}

/** Counts after several events against one published daily average (the police's national comparison). */
export interface ReportedEventComparison {
  readonly id: string;
  readonly label: string;
  readonly publisher: string;
  readonly area: string;
  readonly timing: string;
  readonly expected: number;
  readonly expectedLabel: string;
  readonly counts: readonly ReportedEventCount[];
  readonly sources: readonly string[];
}

/** A count over a period after an event against the same period before, as published. */
export interface ReportedPeriodComparison {
  readonly id: string;
  readonly label: string;
  readonly publisher: string;
  readonly area: string;
  readonly event: string | null;
  readonly period: string;
  readonly observed: number;
  readonly comparison: number;
  readonly comparisonLabel: string;
  readonly wording: string | null;
  readonly caveat: string | null;
  readonly sources: readonly string[];
}

/** One version of a reported spike: the count, the average it was set against, the wording and who gave it. */
export interface ReportedSpikeVersion {
  readonly observed: number;
  readonly expected: number;
  readonly wording: string | null;
  readonly sources: readonly string[];
}

/** A reported daily count with every version the sources give. */
export interface ReportedSpike {
  readonly id: string;
  readonly label: string;
  readonly publisher: string;
  readonly area: string;
  readonly date: string;
  readonly expectedLabel: string;
  readonly versions: readonly ReportedSpikeVersion[];
}

/** The reported figures a view reads, with the catalogue their source ids resolve in. */
export interface ReportedInput extends FigureContext {
  readonly spikes: readonly ReportedSpike[];
  readonly comparisons: readonly ReportedEventComparison[];
  readonly periodComparisons: readonly ReportedPeriodComparison[];
  readonly sourcesById: ReadonlyMap<string, Source>;
}

/** Returns the sources of ids from the catalogue; throws naming an id the catalogue lacks. */
export function sourcesOf(input: ReportedInput, ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const source = input.sourcesById.get(id);
    if (source === undefined) throw new RangeError(`the reported figures cite a source not listed: ${id}`);
    return source;
  });
}
