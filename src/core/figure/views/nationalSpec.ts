import { spikeTest } from '../../stats/spikeTest';
import type { NationalView } from '../../view/view';
import type { BarSpec } from '../barFigure';
import { formatPeriod, groupThousands } from '../labels';
import { type ReportedEventComparison, type ReportedInput, sourcesOf } from './reportedInputs';

/**
 * Returns the bar chart of the police's national comparison: the count two days after each attack against the
 * published daily average, each bar named by its attack and date; its table adds ratio, excess and the week's change.
 */
export function nationalSpec(_view: NationalView, input: ReportedInput): BarSpec {
  const comparison = nationalComparison(input);
  const named = nationalRows(input);
  const average = groupThousands(comparison.expected, 2);
  return {
    view: 'national',
    title: comparison.label,
    subtitle: `${comparison.area}, against the ${comparison.expectedLabel}: ${average}. As published by the ${comparison.publisher}.`,
    valueTitle: `Hate crimes recorded, ${comparison.timing}`,
    bars: named.map((entry) => ({
      id: entry.event,
      label: entry.date === null ? entry.name : `${entry.name} (${formatPeriod(entry.date, 'day')})`,
      value: entry.count,
    })),
    reference: {
      value: comparison.expected,
      label: `Average: ${average} a day`,
      name: `the ${comparison.expectedLabel}`,
    },
    columns: [
      { name: 'event', description: 'The attack', unit: null },
      { name: 'event_date', description: 'The day of the attack', unit: 'ISO date' },
      { name: 'recorded', description: `Hate crimes recorded, ${comparison.timing}`, unit: 'count' },
      { name: 'expected', description: `The ${comparison.expectedLabel}`, unit: 'count' },
      { name: 'ratio', description: 'Recorded divided by expected', unit: 'ratio' },
      { name: 'excess', description: 'Recorded minus expected', unit: 'count' },
      {
        name: 'week_change_percent',
        description: 'The week after against the same week of the year before, as published',
        unit: 'per cent',
      },
    ],
    rows: named.map((row) => [
      row.name,
      row.date,
      row.count,
      row.expected,
      row.ratio,
      row.excess,
      row.weekChangePercent,
    ]),
    notes: [],
    sources: sourcesOf(input, comparison.sources),
    caveats: [],
    dataVersion: input.dataVersion,
    link: input.link,
  };
}

/** The national comparison the view shows: the first the reported figures hold. */
export function nationalComparison(input: ReportedInput): ReportedEventComparison {
  const comparison = input.comparisons[0];
  if (comparison === undefined) throw new RangeError('the reported figures hold no national comparison');
  return comparison;
}

/** One attack of the national comparison: its count, the average, their ratio and difference, the week's change. */
export interface NationalRow {
  readonly event: string;
  readonly name: string;
  readonly date: string | null;
  readonly count: number;
  readonly expected: number;
  readonly ratio: number;
  readonly excess: number;
  readonly weekChangePercent: number;
}

/** Returns each attack of the national comparison, named by the events, with its ratio and excess. */
export function nationalRows(input: ReportedInput): NationalRow[] {
  const comparison = nationalComparison(input);
  return comparison.counts.map((entry) => {
    const event = input.events.find((e) => e.id === entry.event);
    const test = spikeTest(entry.count, comparison.expected);
    return {
      event: entry.event,
      name: event?.name ?? entry.event,
      date: event?.date ?? null,
      count: entry.count,
      expected: comparison.expected,
      ratio: test.ratio,
      excess: test.excess,
      weekChangePercent: entry.weekChangePercent,
    };
  });
}
