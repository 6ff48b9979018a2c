import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earsC, firstComputableRow } from '../../../src/core/detection/ears';
import type { EarsMethod, EarsOptions, EarsResult } from '../../../src/core/detection/ears';
import type { DetectionRow } from '../../../src/core/detection/types';
import { caseNamed, expectCloseToR, expectProbabilityCloseToR, readFixture } from './rFixtures';

/** One case of tests/fixtures/r/earsC.json (scripts/r/detection-fixtures.R). */
interface EarsFixtureCase {
  readonly name: string;
  readonly source: string;
  readonly call: string;
  readonly options: EarsOptions;
  readonly counts: readonly (number | null)[];
  readonly error?: string;
  /** 1-based rows R monitored; the arrays below hold one value per row. */
  readonly range?: readonly number[];
  readonly alpha?: number;
  readonly zAlpha?: number;
  readonly upper?: readonly (number | null)[];
  readonly alarm?: readonly (boolean | null)[];
  readonly expected?: readonly (number | null)[];
  readonly statistic?: readonly (number | null)[];
  readonly pValue?: readonly (number | null)[];
}

const fixture = readFixture<EarsFixtureCase>('earsC.json');
const computed = fixture.cases.filter((c) => c.error === undefined);
const failed = fixture.cases.filter((c) => c.error !== undefined);

function expectOk(result: ReturnType<typeof earsC>): EarsResult {
  if (result.kind !== 'ok') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
  return result;
}

function rowAt(result: EarsResult, index: number): DetectionRow {
  const row = result.rows[index];
  if (row === undefined) throw new Error(`no row ${index}`);
  return row;
}

describe('earsC against surveillance::earsC (tests/fixtures/r/earsC.json)', () => {
  it(`records the R and surveillance versions (${fixture.r}, surveillance ${fixture.surveillance})`, () => {
    expect(fixture.surveillance).toMatch(/^\d+\.\d+/);
    expect(computed.length).toBeGreaterThan(20);
  });

  it.each(computed)('earsC(counts, $options) matches R row by row for case $name', (c) => {
    const result = expectOk(earsC(c.counts, c.options));
    expect(result.alpha).toBe(c.alpha);
    expectCloseToR(result.zAlpha, c.zAlpha ?? null, 'zAlpha');
    const range = c.range ?? [];
    expect(range.length).toBeGreaterThan(0);
    range.forEach((r, i) => {
      const row = rowAt(result, r - 1);
      const at = `${c.name} row ${r}`;
      expect(row.observed, at).toBe(c.counts[r - 1]);
      expect(row.alarm, `${at} alarm`).toBe(c.alarm?.[i]);
      expectCloseToR(row.upper, c.upper?.[i] ?? null, `${at} upper`);
      expectCloseToR(row.expected, c.expected?.[i] ?? null, `${at} expected`);
      expectCloseToR(row.statistic, c.statistic?.[i] ?? null, `${at} statistic`);
      expectProbabilityCloseToR(row.pValue, c.pValue?.[i] ?? null, `${at} pValue`);
    });
  });

  it.each(computed.filter((c) => !c.call.includes('range =')))(
    'earsC(counts, $options) leaves the rows before R default range empty for case $name',
    (c) => {
      const result = expectOk(earsC(c.counts, c.options));
      const first = (c.range ?? [])[0] ?? 0;
      for (const row of result.rows.slice(0, first - 1)) {
        expect([row.expected, row.upper, row.alarm, row.statistic, row.pValue]).toEqual([
          null,
          null,
          null,
          null,
          null,
        ]);
      }
    },
  );

  it.each(failed.filter((c) => c.name.startsWith('too-short')))(
    'earsC(counts, $options) returns insufficient-data where R stops for case $name',
    (c) => {
      const method = c.options.method ?? 'C1';
      const need = firstComputableRow(method, c.options.baseline ?? 7) + 1;
      expect(earsC(c.counts, c.options)).toEqual({ kind: 'insufficient-data', need, have: c.counts.length });
    },
  );

  it('earsC(12 counts, C3) computes the one row R fails on, as R computes it in a longer series', () => {
    const short = caseNamed(fixture.cases, 'short-C3-one-row-errors');
    const longer = caseNamed(fixture.cases, 'short-C3-two-rows');
    expect(short.error).toMatch(/number of items to replace/);
    const row = rowAt(expectOk(earsC(short.counts, short.options)), 11);
    expect(longer.range?.[0]).toBe(12);
    expect(row.alarm).toBe(longer.alarm?.[0]);
    expectCloseToR(row.upper, longer.upper?.[0] ?? null, 'upper');
    expectCloseToR(row.statistic, longer.statistic?.[0] ?? null, 'statistic');
  });

  it('earsC(salmNewportGermany, C1, alpha 0.05) gives the bounds asserted in surveillance test-earsC.R', () => {
    const c = caseNamed(fixture.cases, 'test-salmNewport-C1-alpha-0.05');
    const result = expectOk(earsC(c.counts, c.options));
    const first = (c.range ?? [])[0] ?? 0;
    const upper = [0, 1, 2, 3].map((i) => rowAt(result, first - 1 + i).upper ?? NaN);
    [3.278854, 3.278854, 3.436517, 3.855617].forEach((value, i) => expect(upper[i]).toBeCloseTo(value, 6));
  });
});

describe('earsC behaviour', () => {
  it('earsC({ counts, dates }) puts each date on its row', () => {
    const counts = [1, 2, 3, 4];
    const dates = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'];
    const result = expectOk(earsC({ counts, dates }, { baseline: 3 }));
    expect(result.rows.map((row) => row.date)).toEqual(dates);
    expect(() => earsC({ counts, dates: dates.slice(1) }, { baseline: 3 })).toThrow(RangeError);
  });

  it('earsC(counts, { baseline: 2 }) and { minSigma: -2 } throw, as R stops', () => {
    expect(() => earsC([1, 2, 3, 4], { baseline: 2 })).toThrow(/baseline/);
    expect(() => earsC([1, 2, 3, 4], { minSigma: -2 })).toThrow(/minSigma/);
    expect(() => earsC([1, -2, 3, 4])).toThrow(/count 1/);
  });
});

const methods: readonly EarsMethod[] = ['C1', 'C2', 'C3'];
const arbitraryCount = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const arbitraryOptions = fc.record({
  method: fc.constantFrom(...methods),
  baseline: fc.integer({ min: 3, max: 10 }),
  alpha: fc.constantFrom(0.001, 0.025, 0.05),
  minSigma: fc.constantFrom(0, 0.5, 1),
});

describe('earsC properties', () => {
  it('earsC(counts, options) never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCount, { maxLength: 40 }), arbitraryOptions, (counts, options) => {
        const copy = [...counts];
        earsC(Object.freeze(counts), Object.freeze({ ...options }));
        expect(counts).toEqual(copy);
      }),
    );
  });

  it('earsC(counts, options) alarms exactly where observed > upper', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCount, { minLength: 15, maxLength: 40 }),
        arbitraryOptions,
        (counts, options) => {
          const result = expectOk(earsC(counts, options));
          for (const row of result.rows) {
            if (row.observed === null || row.upper === null) expect(row.alarm).toBeNull();
            else expect(row.alarm).toBe(row.observed > row.upper);
          }
        },
      ),
    );
  });

  it('earsC(padding ++ counts) gives each computable day of counts the same row as earsC(counts)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCount, { minLength: 1, maxLength: 30 }),
        fc.array(arbitraryCount, { minLength: 15, maxLength: 30 }),
        arbitraryOptions,
        (padding, counts, options) => {
          const alone = expectOk(earsC(counts, options));
          const padded = expectOk(earsC([...padding, ...counts], options));
          const first = firstComputableRow(options.method, options.baseline);
          expect(padded.rows.slice(padding.length + first)).toEqual(alone.rows.slice(first));
        },
      ),
    );
  });
});
