import type { ExportColumn, ExportMetadata, ExportTable } from '../export/exportTypes';
import type { TimeSeriesSpec } from './timeSeriesFigure';
import type { Figure } from './types';

/**
 * Returns the table a figure's downloads hold: exactly its rows, unreduced, one column per field it shows
 * (a share's counts beside it), with the metadata that names its sources, method, data version and link.
 */
export function figureTable(figure: Figure, spec: TimeSeriesSpec): ExportTable {
  const share = spec.unit === 'percent';
  const hasBaseline = figure.rows.some((r) => r.expected !== null);
  const hasBand = figure.rows.some((r) => r.upper !== null);
  const columns: ExportColumn[] = [
    { name: 'period', description: `The ${spec.resolution}: its key as the view names it`, unit: null },
    { name: 'start', description: 'First day of the period', unit: 'ISO date' },
    { name: 'end', description: 'Last day of the period', unit: 'ISO date' },
    share
      ? { name: 'share', description: spec.valueLabel, unit: 'per cent' }
      : { name: 'count', description: spec.valueLabel, unit: 'count' },
    ...(share
      ? [
          { name: 'count', description: 'Incidents of interest', unit: 'count' },
          { name: 'all_count', description: 'All hate incidents', unit: 'count' },
        ]
      : []),
    ...(hasBaseline
      ? [{ name: 'expected', description: spec.baselineLabel ?? 'Expected', unit: 'count' }]
      : []),
    ...(hasBand
      ? [
          { name: 'upper', description: 'Upper bound of an ordinary period', unit: 'count' },
          { name: 'alarm', description: 'True where the count is above the upper bound', unit: null },
        ]
      : []),
    ...(hasBaseline ? [{ name: 'ratio', description: 'Count divided by expected', unit: 'ratio' }] : []),
  ];
  const rows = figure.rows.map((row) => [
    row.period,
    row.start,
    row.end,
    row.value,
    ...(share ? [row.count, row.allCount] : []),
    ...(hasBaseline ? [row.expected] : []),
    ...(hasBand ? [row.upper, row.alarm] : []),
    ...(hasBaseline ? [row.ratio] : []),
  ]);
  return { metadata: figureMetadata(figure, spec), columns, rows };
}

/** Returns the metadata of a figure's exports: title, link, data version and date, sources, caveats, method. */
export function figureMetadata(figure: Figure, spec: TimeSeriesSpec): ExportMetadata {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    link: figure.link,
    dataVersion: figure.dataVersion,
    dataVersionDate: newestDate(spec.sources.map((s) => s.date)),
    sources: spec.sources,
    caveats: spec.caveats,
    method: spec.method,
    notes: ['A missing value is empty (CSV) or null (JSON), never 0.', ...spec.notes],
  };
}

function newestDate(dates: readonly string[]): string {
  return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}
