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
  const perColumn = Math.ceil(rows.length / Math.max(1, Math.floor(columns)));
  if (perColumn <= 2) return { drawn: rows.map(toDrawn), rowsPerColumn: 1 };
  const drawn: DrawnRow[] = [];
  for (let start = 0; start < rows.length; start += perColumn) {
    const end = Math.min(rows.length, start + perColumn);
    let gap = -1;
    let low = -1;
    let high = -1;
    let alarm = -1;
    const valueAt = (i: number) => (rows[i] as FigureRow).value as number;
    for (let i = start; i < end; i++) {
      const { value } = rows[i] as FigureRow;
      if (value === null) {
        if (gap < 0) gap = i;
        continue;
      }
      if (low < 0 || value < valueAt(low)) low = i;
      if (high < 0 || value > valueAt(high)) high = i;
      if ((rows[i] as FigureRow).alarm === true && (alarm < 0 || value > valueAt(alarm))) alarm = i;
    }
    const kept = [...new Set([gap, low, high, alarm])].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of kept) drawn.push(toDrawn(rows[i] as FigureRow));
  }
  return { drawn, rowsPerColumn: perColumn };
}

function toDrawn(row: FigureRow): DrawnRow {
  return { x: row.x, value: row.value, expected: row.expected, upper: row.upper, alarm: row.alarm === true };
}
