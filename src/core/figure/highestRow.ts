import type { FigureRow } from './types';

/** Returns the row with the largest value of a field (the first on a tie), or null when no row has one. */
export function highestRow(rows: readonly FigureRow[], field: 'value' | 'ratio' = 'value'): FigureRow | null {
  let best: FigureRow | null = null;
  for (const row of rows) {
    const value = row[field];
    if (value !== null && (best === null || value > (best[field] as number))) best = row;
  }
  return best;
}
