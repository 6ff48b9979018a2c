import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { farringtonFlexible } from '../../src/core/detection/farrington';
import type { FarringtonOptions } from '../../src/core/detection/farrington';
import { median, timeRuns } from './median';

/** The daily setting of issue 4: the week as season, 4 past weeks, windows of 3 days, no trend. */
export const dailyFarringtonOptions: FarringtonOptions = { freq: 7, b: 4, w: 1, trend: false };

/** Returns the `count` column of data/fbi-anti-muslim-daily.csv (an empty cell is null). */
export function readDailyCounts(root = process.cwd()): (number | null)[] {
  const lines = readFileSync(resolve(root, 'data/fbi-anti-muslim-daily.csv'), 'utf8').trim().split('\n');
  const header = (lines[0] ?? '').split(',');
  const column = header.indexOf('count');
  if (column < 0) throw new Error('data/fbi-anti-muslim-daily.csv has no count column');
  return lines.slice(1).map((line) => {
    const cell = line.split(',')[column] ?? '';
    return cell === '' ? null : Number(cell);
  });
}

/** Returns the median milliseconds (of 5, after a warm-up) of farringtonFlexible over the whole daily series. */
export function benchFarrington(root = process.cwd()): number {
  const counts = readDailyCounts(root);
  return median(timeRuns(5, () => farringtonFlexible(counts, dailyFarringtonOptions)));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`)
  console.log(
    `farringtonFlexible, ${readDailyCounts().length} days: ${benchFarrington().toFixed(1)} ms (median of 5)`,
  );
