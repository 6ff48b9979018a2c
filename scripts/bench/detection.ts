import { execFileSync } from 'node:child_process';
import { hasR } from './hasR';
import { resolve } from 'node:path';
import type { MethodName } from '../../src/core/detection/methods';
import { DETECTION_METHODS } from '../../src/core/detection/methods';
import { readSeriesCsv } from '../cli/readSeriesCsv';
import { REPO_ROOT } from '../data/rawFiles';
import { median, timeRuns } from './median';

/** One method timed in TypeScript and, where surveillance (or base R) has it, in R in the same run. */
export interface DetectionBenchRow {
  readonly method: MethodName;
  /** Median milliseconds of 5 TypeScript runs after a warm-up. */
  readonly tsMs: number;
  /** Median of R's `system.time` elapsed milliseconds (3 runs; 1 for farrington), or null without an R call. */
  readonly rMs: number | null;
  /** rMs / tsMs: how many times faster TypeScript is, or null. */
  readonly ratio: number | null;
}

/** The methods scripts/bench/detection.R can time in R; farrington runs once (about 50 s in R). */
const R_RUNS: Partial<Record<MethodName, number>> = {
  'ears-c1': 3,
  'ears-c2': 3,
  'ears-c3': 3,
  cusum: 3,
  'trailing-mean': 3,
  farrington: 1,
};

/**
 * Returns, for each available method on data/fbi-anti-muslim-daily.csv (12,053 days) with its default
 * parameters, the median TypeScript time and R's time for the same computation (`Rscript` child process).
 */
export async function benchDetection(
  file = resolve(REPO_ROOT, 'data/fbi-anti-muslim-daily.csv'),
): Promise<DetectionBenchRow[]> {
  const series = readSeriesCsv(file);
  const available = DETECTION_METHODS.filter((method) => method.available);
  const ts = available.map((method) => {
    const runs = timeRuns(5, () => {
      const result = method.run(series.counts, series.dates);
      if (result.kind !== 'ok') throw new Error(`${method.name}: ${JSON.stringify(result)}`);
    });
    return { method: method.name, tsMs: median(runs) };
  });
  const r = await timeInR(
    file,
    available.map((method) => method.name),
  );
  return ts.map(({ method, tsMs }) => {
    const rMs = r.get(method) ?? null;
    return { method, tsMs, rMs, ratio: rMs === null ? null : rMs / tsMs };
  });
}

/** Runs scripts/bench/detection.R for the methods it knows and returns each one's median milliseconds. */
async function timeInR(file: string, methods: readonly MethodName[]): Promise<Map<MethodName, number>> {
  const times = new Map<MethodName, number>();
  if (!hasR()) return times;
  const script = resolve(REPO_ROOT, 'scripts/bench/detection.R');
  for (const runs of [3, 1]) {
    const batch = methods.filter((method) => R_RUNS[method] === runs);
    if (batch.length === 0) continue;
    const output = execFileSync('Rscript', [script, file, String(runs), ...batch], { encoding: 'utf8' });
    for (const line of output.trim().split('\n')) {
      const [method, elapsed] = line.trim().split('\t');
      if (method === undefined || elapsed === undefined) throw new Error(`unexpected R output: ${line}`);
      times.set(method as MethodName, median(elapsed.split(',').map(Number)));
    }
  }
  return times;
}

/** Returns the rows as a Markdown table, with the targets (EARS and CUSUM < 5 ms, Farrington < 500 ms). */
export function detectionBenchTable(rows: readonly DetectionBenchRow[]): string {
  const format = (ms: number | null) => (ms === null ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
  const lines = rows.map(
    (row) =>
      `| ${row.method} | ${format(row.tsMs)} ms | ${row.rMs === null ? 'n/a' : `${format(row.rMs)} ms`} | ` +
      `${row.ratio === null ? 'n/a' : `${row.ratio.toFixed(row.ratio < 10 ? 1 : 0)}×`} |`,
  );
  return ['| method | TypeScript | R | R / TypeScript |', '| --- | --- | --- | --- |', ...lines].join('\n');
}
