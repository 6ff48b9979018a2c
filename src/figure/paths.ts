import { px, scaleX, scaleY } from '../core/figure/scales';
import type { DrawnRow, Figure } from '../core/figure/types';

type Axes = Pick<Figure, 'plot' | 'x' | 'y'>;

/** Returns an SVG path through the rows' values of one field, broken wherever a value is missing. */
export function linePath(figure: Axes, rows: readonly DrawnRow[], field: 'value' | 'expected'): string {
  let path = '';
  let open = false;
  for (const row of rows) {
    const value = row[field];
    if (value === null) {
      open = false;
      continue;
    }
    path += `${open ? 'L' : 'M'}${px(scaleX(figure, row.x))} ${px(scaleY(figure, value))}`;
    open = true;
  }
  return path;
}

/** Returns SVG paths of the band from expected to upper, one closed shape per run of rows that have both. */
export function bandPath(figure: Axes, rows: readonly DrawnRow[]): string {
  const runs: DrawnRow[][] = [];
  let run: DrawnRow[] = [];
  for (const row of rows) {
    if (row.expected === null || row.upper === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(row);
  }
  if (run.length > 0) runs.push(run);
  return runs
    .map((r) => {
      const top = r.map((row) => `${px(scaleX(figure, row.x))} ${px(scaleY(figure, row.upper as number))}`);
      const bottom = [...r]
        .reverse()
        .map((row) => `${px(scaleX(figure, row.x))} ${px(scaleY(figure, row.expected as number))}`);
      return `M${top.join('L')}L${bottom.join('L')}Z`;
    })
    .join('');
}

/** Returns one SVG path of a dot (radius `r`) at each alarm row's value: a single element however many alarms. */
export function alarmDotsPath(figure: Axes, rows: readonly DrawnRow[], r = 3): string {
  let path = '';
  for (const row of rows) {
    if (!row.alarm || row.value === null) continue;
    const x = px(scaleX(figure, row.x) - r);
    const y = px(scaleY(figure, row.value));
    path += `M${x} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return path;
}
