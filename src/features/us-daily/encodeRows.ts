import type { FigureRow } from '../../core/figure/types';

const NUMBER_FIELDS = ['x', 'value', 'count', 'allCount', 'expected', 'upper', 'ratio'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** Rows as columns: texts as arrays, numbers as Float64Arrays (NaN for a missing value), alarms as −1, 0 or 1. */
export interface EncodedRows {
  readonly period: readonly string[];
  readonly start: readonly string[];
  readonly end: readonly string[];
  readonly numbers: Readonly<Record<NumberField, Float64Array>>;
  readonly alarm: Int8Array;
}

/**
 * Returns rows as columns, and the buffers to transfer: a worker's answer then costs the page a few arrays to
 * receive instead of thousands of objects.
 */
export function encodeRows(rows: readonly FigureRow[]): { encoded: EncodedRows; transfer: ArrayBuffer[] } {
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((field) => [field, new Float64Array(rows.length)]),
  ) as Record<NumberField, Float64Array>;
  const alarm = new Int8Array(rows.length);
  // Plain loops: a typed array filled through `from` with a mapping function costs several times more.
  rows.forEach((row, i) => {
    for (const field of NUMBER_FIELDS) numbers[field][i] = row[field] ?? Number.NaN;
    alarm[i] = row.alarm === null ? -1 : row.alarm ? 1 : 0;
  });
  return {
    encoded: {
      period: rows.map((row) => row.period),
      start: rows.map((row) => row.start),
      end: rows.map((row) => row.end),
      numbers,
      alarm,
    },
    transfer: [
      ...Object.values(numbers).map((array) => array.buffer as ArrayBuffer),
      alarm.buffer as ArrayBuffer,
    ],
  };
}

/** Returns the rows columns encode: every missing value null again, never 0. */
export function decodeRows(encoded: EncodedRows): FigureRow[] {
  const { numbers: n, alarm } = encoded;
  const at = (array: Float64Array, i: number) => {
    const value = array[i] as number;
    return Number.isNaN(value) ? null : value;
  };
  return encoded.period.map((period, i) => ({
    period,
    start: encoded.start[i] as string,
    end: encoded.end[i] as string,
    x: n.x[i] as number,
    value: at(n.value, i),
    count: at(n.count, i),
    allCount: at(n.allCount, i),
    expected: at(n.expected, i),
    upper: at(n.upper, i),
    alarm: alarm[i] === -1 ? null : alarm[i] === 1,
    ratio: at(n.ratio, i),
  }));
}
