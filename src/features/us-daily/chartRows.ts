import type { DetectionOutcome } from '../detection/runDetection';
import type { ChartRow } from './UsDailyChart';
import type { UsDailyRow } from './usDailyModel';

/** Returns the plotted rows with the method's expected value, band and alarm dots (none without a method). */
export function chartRows(rows: readonly UsDailyRow[], outcome: DetectionOutcome | null): ChartRow[] {
  const detected = outcome?.kind === 'ok' ? outcome.rows : null;
  return rows.map((row, i) => {
    const d = detected?.[i];
    const expected = d?.expected ?? null;
    const upper = d?.upper ?? null;
    return {
      ...row,
      expected,
      band: expected !== null && upper !== null ? ([expected, upper] as const) : null,
      alarmValue: d?.alarm === true ? row.value : null,
    };
  });
}

/** Returns the dates of alarm rows between two row indices (inclusive). */
export function alarmDates(rows: readonly ChartRow[], startIndex: number, endIndex: number): string[] {
  return rows.slice(startIndex, endIndex + 1).flatMap((row) => (row.alarmValue === null ? [] : [row.date]));
}
