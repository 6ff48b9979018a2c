import type { DrawnRow, FigureRow } from './types';

/**
 * Returns the rows to draw in `columns` pixel columns: all of them when they fit, else per column the row with
 * the lowest and the row with the highest value (in time order), an alarm row (the highest) and a missing row
 * where the column has one, so every peak stays and every gap still breaks the line. `rowsPerColumn` is 1 when
 * nothing was reduced.
 */
export function reduceRows(
  rows: readonly FigureRow[],
  columns: number,
): { drawn: DrawnRow[]; rowsPerColumn: number } {
  const all = rows.map(toDrawn);
  const perColumn = Math.ceil(rows.length / Math.max(1, Math.floor(columns)));
  if (perColumn <= 2) return { drawn: all, rowsPerColumn: 1 };
  const drawn: DrawnRow[] = [];
  for (let start = 0; start < all.length; start += perColumn) {
    const column = all.slice(start, start + perColumn);
    const kept = new Set<DrawnRow>();
    let low: DrawnRow | null = null;
    let high: DrawnRow | null = null;
    let alarm: DrawnRow | null = null;
    for (const row of column) {
      if (row.value === null) {
        if (![...kept].some((k) => k.value === null)) kept.add(row);
        continue;
      }
      if (low === null || row.value < (low.value as number)) low = row;
      if (high === null || row.value > (high.value as number)) high = row;
      if (row.alarm && (alarm === null || row.value > (alarm.value as number))) alarm = row;
    }
    for (const row of [low, high, alarm]) if (row !== null) kept.add(row);
    drawn.push(...column.filter((row) => kept.has(row)));
  }
  return { drawn, rowsPerColumn: perColumn };
}

function toDrawn(row: FigureRow): DrawnRow {
  return { x: row.x, value: row.value, expected: row.expected, upper: row.upper, alarm: row.alarm === true };
}
