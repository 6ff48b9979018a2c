import { formatIsoDate } from '../../core/dates';
import type { FigureRow } from '../../core/figure/types';
import { formatCount, formatRatio, formatSigned } from '../../core/format';
import type { DataColumn } from './FigureDataTable';

const dash = (value: number | null, write: (value: number) => string) =>
  value === null ? '—' : write(value);

/** The period column: its key sorts in time order, written as a reader says it (a year as itself). */
export const periodColumn = (label: string): DataColumn => ({
  label,
  value: (row) => row.period,
  format: (row) => (row.period.length === 4 ? row.period : formatIsoDate(row.period)),
});

/** The value recorded, its baseline, ratio and excess: the columns of a series against a baseline. */
export const BASELINE_COLUMNS: readonly DataColumn[] = [
  { label: 'Recorded', value: (r) => r.value, format: (r) => dash(r.value, (v) => formatCount(v)) },
  { label: 'Baseline', value: (r) => r.expected, format: (r) => dash(r.expected, (v) => formatCount(v, 1)) },
  { label: 'Ratio', value: (r) => r.ratio, format: (r) => dash(r.ratio, (v) => formatRatio(v, 2)) },
  {
    label: 'Excess',
    value: (r) => excess(r),
    format: (r) => dash(excess(r), (v) => formatSigned(v, 1)),
  },
];

/** The upper bound and alarm a detection method adds. */
export const ALARM_COLUMNS: readonly DataColumn[] = [
  { label: 'Upper bound', value: (r) => r.upper, format: (r) => dash(r.upper, (v) => formatCount(v, 1)) },
  {
    label: 'Alarm',
    value: (r) => (r.alarm === null ? null : r.alarm ? 1 : 0),
    format: (r) => (r.alarm === null ? '—' : r.alarm ? 'alarm' : 'no'),
  },
];

/** The counts behind a share: incidents of interest and all hate incidents. */
export const SHARE_COLUMNS: readonly DataColumn[] = [
  { label: 'Share (%)', value: (r) => r.value, format: (r) => dash(r.value, (v) => v.toFixed(2)) },
  { label: 'Anti-Muslim', value: (r) => r.count, format: (r) => dash(r.count, (v) => formatCount(v)) },
  {
    label: 'All hate incidents',
    value: (r) => r.allCount,
    format: (r) => dash(r.allCount, (v) => formatCount(v)),
  },
];

function excess(row: FigureRow): number | null {
  return row.value === null || row.expected === null ? null : row.value - row.expected;
}
