import type { ExportColumn, ExportMetadata, ExportTable } from '../export/exportTypes';
import type { TimeSeriesSpec } from './timeSeriesFigure';

/**
 * Returns the table a time series' downloads hold: exactly its rows, unreduced, one column per field it shows
 * (a share's counts beside it), with the metadata that names its sources, method, data version and link.
 */
export function seriesTable(spec: TimeSeriesSpec): ExportTable {
  const share = spec.unit === 'percent';
  const hasBaseline = spec.rows.some((r) => r.expected !== null);
  const hasBand = spec.rows.some((r) => r.upper !== null);
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
  const rows = spec.rows.map((row) => [
    row.period,
    row.start,
    row.end,
    row.value,
    ...(share ? [row.count, row.allCount] : []),
    ...(hasBaseline ? [row.expected] : []),
    ...(hasBand ? [row.upper, row.alarm] : []),
    ...(hasBaseline ? [row.ratio] : []),
  ]);
  return { metadata: exportMetadata(spec), columns, rows };
}

/** What an export's metadata is made of, as every spec and table holds it. */
export type MetadataParts = Pick<
  ExportMetadata,
  'title' | 'subtitle' | 'link' | 'dataVersion' | 'sources' | 'caveats' | 'method' | 'notes'
>;

/**
 * Returns the metadata of an export: title, link, data version and its date (the newest source's), sources,
 * caveats, method, and the notes after the one every export carries on missing values.
 */
export function exportMetadata(parts: MetadataParts): ExportMetadata {
  return {
    title: parts.title,
    subtitle: parts.subtitle,
    link: parts.link,
    dataVersion: parts.dataVersion,
    dataVersionDate: newestDate(parts.sources.map((s) => s.date)),
    sources: parts.sources,
    caveats: parts.caveats,
    method: parts.method,
    notes: ['A missing value is empty (CSV) or null (JSON), never 0.', ...parts.notes],
  };
}

function newestDate(dates: readonly string[]): string {
  return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}
