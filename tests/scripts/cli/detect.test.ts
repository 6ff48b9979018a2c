import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv';
import { cusum } from '../../../src/core/detection/cusum';
import type { CusumOptions } from '../../../src/core/detection/cusum';
import { earsC } from '../../../src/core/detection/ears';
import type { EarsOptions } from '../../../src/core/detection/ears';
import type { DetectionRow } from '../../../src/core/detection/types';
import { expectCloseToR, expectProbabilityCloseToR, readFixture } from '../../core/detection/rFixtures';
import { dailyCsv, dailyDates, runCli, tempDir } from './runCli';

/** The fields of a tests/fixtures/r/earsC.json case used here (scripts/r/detection-fixtures.R). */
interface EarsCase {
  readonly name: string;
  readonly options: EarsOptions;
  readonly counts: readonly (number | null)[];
  readonly error?: string;
  readonly range?: readonly number[];
  readonly upper?: readonly (number | null)[];
  readonly alarm?: readonly (boolean | null)[];
  readonly expected?: readonly (number | null)[];
  readonly statistic?: readonly (number | null)[];
  readonly pValue?: readonly (number | null)[];
}

/** The fields of a tests/fixtures/r/cusum.json case used here. */
interface CusumCase {
  readonly name: string;
  readonly call: string;
  readonly options: CusumOptions;
  readonly counts: readonly (number | null)[];
  readonly range: readonly number[];
  readonly upper: readonly (number | null)[];
  readonly alarm: readonly (boolean | null)[];
  readonly statistic: readonly (number | null)[];
}

interface DetectJson {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly rows: readonly DetectionRow[];
}

const dir = tempDir();
afterAll(() => dir.remove());

const earsCases = readFixture<EarsCase>('earsC.json').cases.filter((c) => c.error === undefined);
// R's algo.cusum on the reference mean, with the CLI's whole-series end; the departures from R are tested in
// tests/core/detection/cusum.test.ts.
const cusumCases = readFixture<CusumCase>('cusum.json').cases.filter(
  (c) =>
    !c.call.includes(' m = ') &&
    c.options.start > 0 &&
    !['zero-reference-mean', 'missing-reference-value', 'missing-monitored-value'].includes(c.name),
);

function detectJson(argv: readonly string[]): DetectJson {
  const run = runCli(['detect', ...argv, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as DetectJson;
}

/** The rows as JSON carries them (-0 prints as 0). */
function asPrinted(rows: readonly DetectionRow[]): unknown {
  return JSON.parse(JSON.stringify(rows));
}

function earsArgs(options: EarsOptions): string[] {
  const method = `ears-${(options.method ?? 'C1').toLowerCase()}`;
  const params = Object.entries(options)
    .filter(([name]) => name !== 'method')
    .flatMap(([name, value]) => ['--param', `${name}=${String(value)}`]);
  return ['--method', method, ...params];
}

describe('backlash detect --method ears-c1|c2|c3', () => {
  it.each(earsCases)('prints the rows earsC computes, and R computes, for case $name', (c) => {
    const input = dir.write(`${c.name}.csv`, dailyCsv(c.counts));
    const printed = detectJson([...earsArgs(c.options), '--input', input]);
    const core = earsC({ counts: c.counts, dates: dailyDates(c.counts.length) }, c.options);
    if (core.kind !== 'ok') throw new Error(`earsC failed: ${JSON.stringify(core)}`);
    expect(printed.rows).toEqual(asPrinted(core.rows));
    (c.range ?? []).forEach((r, i) => {
      const row = printed.rows[r - 1];
      const at = `${c.name} row ${r}`;
      expect(row?.alarm, `${at} alarm`).toBe(c.alarm?.[i]);
      expectCloseToR(row?.upper, c.upper?.[i] ?? null, `${at} upper`);
      expectCloseToR(row?.expected, c.expected?.[i] ?? null, `${at} expected`);
      expectCloseToR(row?.statistic, c.statistic?.[i] ?? null, `${at} statistic`);
      expectProbabilityCloseToR(row?.pValue, c.pValue?.[i] ?? null, `${at} pValue`);
    });
  });

  it('prints the same rows as CSV (empty cells for null) as it does as JSON', () => {
    const c = earsCases.find((e) => e.name === 'missing-values-C1');
    if (c === undefined) throw new Error('no case missing-values-C1');
    const input = dir.write('csv-vs-json.csv', dailyCsv(c.counts));
    const json = detectJson([...earsArgs(c.options), '--input', input]);
    const csv = runCli(['detect', ...earsArgs(c.options), '--input', input]);
    expect(csv.code).toBe(0);
    const [header, ...records] = parseCsv(csv.stdout);
    expect(header?.fields).toEqual(['date', 'observed', 'expected', 'upper', 'alarm', 'statistic', 'pValue']);
    const cell = (value: DetectionRow[keyof DetectionRow]) => (value === null ? '' : String(value));
    expect(records.map((r) => r.fields)).toEqual(
      json.rows.map((row) =>
        [row.date, row.observed, row.expected, row.upper, row.alarm, row.statistic, row.pValue].map(cell),
      ),
    );
  });
});

describe('backlash detect --method cusum', () => {
  it.each(cusumCases)('prints the rows algo.cusum gives for case $name (--param baseline=start)', (c) => {
    const input = dir.write(`${c.name}.csv`, dailyCsv(c.counts));
    const params = ['--param', `baseline=${c.options.start}`];
    if (c.options.trans !== undefined) params.push('--param', `trans=${c.options.trans}`);
    if (c.options.k !== undefined) params.push('--param', `k=${c.options.k}`);
    if (c.options.h !== undefined) params.push('--param', `h=${c.options.h}`);
    const printed = detectJson(['--method', 'cusum', ...params, '--input', input]);
    const core = cusum(
      { counts: c.counts, dates: dailyDates(c.counts.length) },
      { ...c.options, end: undefined },
    );
    if (core.kind !== 'ok') throw new Error(`cusum failed: ${JSON.stringify(core)}`);
    expect(printed.rows).toEqual(asPrinted(core.rows));
    expect(printed.rows.slice(0, c.options.start).every((row) => row.alarm === null)).toBe(true);
    c.range.forEach((r, i) => {
      const row = printed.rows[r - 1];
      expect(row?.alarm, `${c.name} row ${r} alarm`).toBe(c.alarm[i]);
      expectCloseToR(row?.upper, c.upper[i] ?? null, `${c.name} row ${r} upper`);
      expectCloseToR(row?.statistic, c.statistic[i] ?? null, `${c.name} row ${r} statistic`);
    });
  });
});

describe('backlash detect --method trailing-mean', () => {
  it('prints the trailing mean, R qpois(0.999, mean) as upper, and R ppois as pValue', () => {
    const input = dir.write('trailing.csv', dailyCsv([3, 4, 2, 5, null, 3, 1, 2, 20]));
    const { rows, params } = detectJson([
      '--method',
      'trailing-mean',
      '--param',
      'window=3',
      '--input',
      input,
    ]);
    expect(params).toEqual({ window: 3, guard: 0, alpha: 0.001, maxMissing: 0 });
    expect(rows.map((r) => r.expected)).toEqual([null, null, null, 3, 11 / 3, null, null, null, 2]);
    // R 4.2.2: qpois(0.999, c(3, 11/3, 2)) = 10 11 8.
    expect(rows.map((r) => r.upper)).toEqual([null, null, null, 10, 11, null, null, null, 8]);
    expect(rows.map((r) => r.alarm)).toEqual([null, null, null, false, null, null, null, null, true]);
    expect(rows[8]?.statistic).toBe(10);
    // R 4.2.2: ppois(4, 3, lower.tail = FALSE) = 0.18473675547622787; ppois(19, 2, lower.tail = FALSE) = 6.4437313931120937e-14.
    expectProbabilityCloseToR(rows[3]?.pValue, 0.18473675547622787, 'pValue of 5 against 3');
    expectProbabilityCloseToR(rows[8]?.pValue, 6.4437313931120937e-14, 'pValue of 20 against 2');
  });

  it('reads months (YYYY-MM) and ignores extra columns', () => {
    const input = dir.write(
      'monthly.csv',
      'month_name,date,count,note\nJan,2017-01,10,a\nFeb,2017-02,12,b\nMar,2017-03,11,\nApr,2017-04,30,"x, y"\n',
    );
    const { rows } = detectJson(['--method', 'trailing-mean', '--param', 'window=3', '--input', input]);
    expect(rows.map((r) => [r.date, r.observed, r.expected])).toEqual([
      ['2017-01', 10, null],
      ['2017-02', 12, null],
      ['2017-03', 11, null],
      ['2017-04', 30, 11],
    ]);
  });
});
