import type { ExportTable } from '../../export/exportTypes';
import { uniqueSources } from '../../provenance';
import { OVERDISPERSED } from '../../stats/dispersions';
import { spikeTest } from '../../stats/spikeTest';
import type { VersionsView } from '../../view/view';
import { exportMetadata } from '../exportTables';
import { formatPeriod } from '../labels';
import { periodComparisonRows } from './periodComparisons';
import { type ReportedInput, sourcesOf } from './reportedInputs';

/**
 * Returns the table of the other published comparisons: each count against the same period before, the ratio
 * with its exact 95% interval (both counts Poisson over equal periods), the change, the wording and the sources.
 */
export function reportedTable(input: ReportedInput): ExportTable {
  const entries = input.periodComparisons;
  return {
    metadata: exportMetadata({
      title: 'Other comparisons the police published',
      subtitle:
        'Counts after an event against the same period a year before, as reported; the ratio’s exact 95% ' +
        'interval treats both counts as Poisson over equal periods.',
      link: input.link,
      dataVersion: input.dataVersion,
      sources: uniqueSources(entries.flatMap((entry) => sourcesOf(input, entry.sources))),
      caveats: [],
      method: null,
      notes: [
        'sources lists the ids of the sources each row rests on, separated by “; ”.',
        'A ratio or change against a count of 0 has no finite value and is left empty.',
      ],
    }),
    columns: [
      { name: 'id', description: 'The comparison’s identifier', unit: null },
      { name: 'what', description: 'What was counted', unit: null },
      { name: 'publisher', description: 'Who published the figures', unit: null },
      { name: 'area', description: 'Where', unit: null },
      { name: 'event', description: 'The event the comparison follows, if one', unit: null },
      { name: 'period', description: 'The period counted', unit: null },
      { name: 'reported', description: 'The count reported for the period', unit: 'count' },
      { name: 'comparison', description: 'The count it is set against', unit: 'count' },
      { name: 'comparison_period', description: 'The period of that count', unit: null },
      { name: 'ratio', description: 'Reported divided by comparison', unit: 'ratio' },
      { name: 'ratio_lower', description: 'Lower bound of the ratio’s exact 95% interval', unit: 'ratio' },
      { name: 'ratio_upper', description: 'Upper bound of the ratio’s exact 95% interval', unit: 'ratio' },
      { name: 'change_percent', description: 'The change from the comparison', unit: 'per cent' },
      { name: 'published_wording', description: 'How the sources put the change, word for word', unit: null },
      { name: 'caveat', description: 'What a reader must know about this row', unit: null },
      { name: 'sources', description: 'The ids of the sources of this row', unit: null },
    ],
    rows: periodComparisonRows(input).map((row) => [
      row.entry.id,
      row.entry.label,
      row.entry.publisher,
      row.entry.area,
      row.eventName ?? row.entry.event,
      row.entry.period,
      row.entry.observed,
      row.entry.comparison,
      row.entry.comparisonLabel,
      row.ratio,
      row.lower,
      row.upper,
      row.changePercent,
      row.entry.wording,
      row.entry.caveat,
      row.entry.sources.join('; '),
    ]),
  };
}

/**
 * Returns the table of every version the sources give of one reported spike, each with its ratio, its Poisson tail
 * and the tail at each dispersion of `OVERDISPERSED` (the spike card's sensitivity table).
 */
export function versionsTable(view: VersionsView, input: ReportedInput): ExportTable {
  const spike = input.spikes.find((s) => s.id === view.spike);
  if (spike === undefined)
    throw new RangeError(
      `spike=${view.spike}: no such reported spike; expected one of ${input.spikes.map((s) => s.id).join(', ')}`,
    );
  return {
    metadata: exportMetadata({
      title: `${spike.label}, ${spike.area}, ${formatPeriod(spike.date, 'day')}: every version the sources give`,
      subtitle: `${spike.publisher}. Each count against the ${spike.expectedLabel}, as reported.`,
      link: input.link,
      dataVersion: input.dataVersion,
      sources: uniqueSources(spike.versions.flatMap((v) => sourcesOf(input, v.sources))),
      caveats: [],
      method: null,
      notes: [
        'p_value is the exact Poisson probability of the recorded count or more, were the average the true mean.',
        'sources lists the ids of the sources of each version, separated by “; ”.',
      ],
    }),
    columns: [
      { name: 'recorded', description: 'The count reported for the day', unit: 'count' },
      { name: 'daily_average', description: `The ${spike.expectedLabel}`, unit: 'count' },
      { name: 'ratio', description: 'Recorded divided by the daily average', unit: 'ratio' },
      {
        name: 'p_value',
        description: 'P(X ≥ recorded) for a Poisson count with the average as mean',
        unit: null,
      },
      ...OVERDISPERSED.map((phi) => ({
        name: `p_value_phi_${String(phi).replace('.', '_')}`,
        description: `P(X ≥ recorded) if days vary more than Poisson: a negative binomial whose variance is ${phi} times the mean`,
        unit: null,
      })),
      { name: 'published_wording', description: 'How the sources put it, word for word', unit: null },
      { name: 'sources', description: 'The ids of the sources giving this version', unit: null },
    ],
    rows: spike.versions.map((version) => {
      const test = spikeTest(version.observed, version.expected);
      return [
        version.observed,
        version.expected,
        test.ratio,
        test.pValue,
        ...OVERDISPERSED.map(
          (phi) =>
            spikeTest(version.observed, version.expected, 0.95, { dispersion: phi }).negativeBinomial
              ?.pValue ?? null,
        ),
        version.wording,
        version.sources.join('; '),
      ];
    }),
  };
}
