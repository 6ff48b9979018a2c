import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cusum } from '../../../src/core/detection/cusum';
import type { CusumOptions, CusumResult, CusumTransform } from '../../../src/core/detection/cusum';
import type { DetectionRow } from '../../../src/core/detection/types';
import { caseNamed, expectCloseToR, readFixture } from './rFixtures';

/** One case of tests/fixtures/r/cusum.json (scripts/r/detection-fixtures.R). */
interface CusumFixtureCase {
  readonly name: string;
  readonly source: string;
  readonly call: string;
  readonly options: CusumOptions;
  readonly counts: readonly (number | null)[];
  /** 1-based rows R monitored; the arrays below hold one value per row. */
  readonly range: readonly number[];
  /** R's control$m after the call: one value, or one per monitored row. */
  readonly m: readonly (number | null)[];
  readonly upper: readonly (number | null)[];
  readonly alarm: readonly (boolean | null)[];
  readonly statistic: readonly (number | null)[];
}

const fixture = readFixture<CusumFixtureCase>('cusum.json');
/** Cases where this port departs from R on purpose; each has its own test below. */
const deviations = new Set([
  'zero-reference-mean',
  'range-from-first-row',
  'missing-reference-value',
  'missing-monitored-value',
]);
const exact = fixture.cases.filter((c) => !deviations.has(c.name));

function expectOk(result: ReturnType<typeof cusum>): CusumResult {
  if (result.kind !== 'ok') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
  return result;
}

function rowAt(result: CusumResult, index: number): DetectionRow {
  const row = result.rows[index];
  if (row === undefined) throw new Error(`no row ${index}`);
  return row;
}

function expectRowsMatchR(result: CusumResult, c: CusumFixtureCase, upperUntil = Infinity): void {
  c.range.forEach((r, i) => {
    const row = rowAt(result, r - 1);
    const at = `${c.name} row ${r}`;
    const m = c.m.length === 1 ? c.m[0] : c.m[i];
    expectCloseToR(row.expected, m ?? null, `${at} expected`);
    expect(row.alarm, `${at} alarm`).toBe(c.alarm[i]);
    expectCloseToR(row.statistic, c.statistic[i] ?? null, `${at} statistic`);
    expect(row.pValue, `${at} pValue`).toBeNull();
    if (i > upperUntil) return;
    if (result.trans === 'standard') expect(row.upper, `${at} upper`).toBe(c.upper[i]);
    else expectCloseToR(row.upper, c.upper[i] ?? null, `${at} upper`);
  });
}

describe('cusum against surveillance::algo.cusum (tests/fixtures/r/cusum.json)', () => {
  it(`records the R and surveillance versions (${fixture.r}, surveillance ${fixture.surveillance})`, () => {
    expect(fixture.surveillance).toMatch(/^\d+\.\d+/);
    expect(exact.length).toBeGreaterThan(10);
  });

  it.each(exact)('cusum(counts, $options) matches R row by row for case $name', (c) => {
    const result = expectOk(cusum(c.counts, c.options));
    expectRowsMatchR(result, c);
    const outside = result.rows.filter((_, t) => t < c.options.start || t >= (c.options.end ?? Infinity));
    for (const row of outside)
      expect([row.expected, row.upper, row.alarm, row.statistic]).toEqual([null, null, null, null]);
  });

  it('cusum(rossi) keeps R bound that sits above a count that alarms', () => {
    const c = caseNamed(fixture.cases, 'rossi-upperbound-above-alarmed-count');
    const last = rowAt(expectOk(cusum(c.counts, c.options)), c.counts.length - 1);
    expect(last.alarm).toBe(true);
    expect(last.observed).toBeLessThan(last.upper ?? -Infinity);
  });

  it('cusum(counts, m = null) returns zero-variance when the reference mean is 0, where R gives NaN sums', () => {
    const c = caseNamed(fixture.cases, 'zero-reference-mean');
    expect(c.m).toEqual([0]);
    expect(c.statistic.every((value) => value === null)).toBe(true);
    expect(cusum(c.counts, c.options)).toEqual({ kind: 'zero-variance' });
  });

  it('cusum(counts, { start: 0 }) returns insufficient-data, where R takes the first count as m', () => {
    const c = caseNamed(fixture.cases, 'range-from-first-row');
    expect(cusum(c.counts, c.options)).toEqual({ kind: 'insufficient-data', need: 1, have: 0 });
    expect(c.m).toEqual([c.counts[0]]);
    expectRowsMatchR(expectOk(cusum(c.counts, { ...c.options, m: c.counts[0] ?? 0 })), c);
  });

  it('cusum(counts) returns insufficient-data when a reference count is missing, where R gives NA rows', () => {
    const c = caseNamed(fixture.cases, 'missing-reference-value');
    expect(c.m).toEqual([null]);
    const have = c.counts.slice(0, c.options.start).filter((value) => value !== null).length;
    expect(cusum(c.counts, c.options)).toEqual({ kind: 'insufficient-data', need: c.options.start, have });
  });

  it('cusum(counts) after a missing monitored count gives null bounds where R gives 0, and matches R otherwise', () => {
    const c = caseNamed(fixture.cases, 'missing-monitored-value');
    const result = expectOk(cusum(c.counts, c.options));
    const missing = c.range.findIndex((r) => c.counts[r - 1] === null);
    expect(missing).toBeGreaterThan(0);
    expectRowsMatchR(result, c, missing);
    c.range.slice(missing + 1).forEach((r, i) => {
      expect(c.upper[missing + 1 + i]).toBe(0);
      expect(rowAt(result, r - 1).upper).toBeNull();
    });
  });
});

describe('cusum behaviour', () => {
  it('cusum(counts, { start, m: vector of the wrong length }) throws', () => {
    expect(() => cusum([1, 2, 3, 4], { start: 2, m: [1] })).toThrow(/m has 1 values/);
    expect(() => cusum([1, 2, 3, 4], { start: 5 })).toThrow(/start/);
  });

  it('cusum(counts, { start: counts.length }) returns insufficient-data: nothing to monitor', () => {
    expect(cusum([1, 2, 3], { start: 3 })).toEqual({ kind: 'insufficient-data', need: 4, have: 3 });
  });

  it('cusum({ counts, dates }) puts each date on its row', () => {
    const dates = ['2024-01-01', '2024-01-02', '2024-01-03'];
    const result = expectOk(cusum({ counts: [1, 2, 3], dates }, { start: 1 }));
    expect(result.rows.map((row) => row.date)).toEqual(dates);
  });
});

const transforms: readonly CusumTransform[] = ['standard', 'rossi', 'anscombe'];
const arbitraryCounts = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 40 });
const arbitraryTuning = fc.record({
  k: fc.constantFrom(0.5, 1.04, 2),
  h: fc.constantFrom(1, 2.26, 5),
  m: fc.double({ min: 0.1, max: 20, noNaN: true }),
});

describe('cusum properties', () => {
  it('cusum(counts, options) never mutates its input', () => {
    fc.assert(
      fc.property(arbitraryCounts, fc.constantFrom(...transforms), (counts, trans) => {
        const copy = [...counts];
        cusum(Object.freeze(counts), Object.freeze({ start: 1, trans }));
        expect(counts).toEqual(copy);
      }),
    );
  });

  it('cusum(counts, standard or anscombe) alarms only where observed >= upper (R: alarm when S >= h)', () => {
    fc.assert(
      fc.property(
        arbitraryCounts,
        arbitraryTuning,
        fc.constantFrom('standard', 'anscombe'),
        (counts, tuning, trans) => {
          const result = expectOk(cusum(counts, { start: 1, ...tuning, trans }));
          for (const row of result.rows.slice(1)) {
            if (row.alarm) expect(row.observed ?? -1).toBeGreaterThanOrEqual((row.upper ?? Infinity) - 1e-9);
          }
        },
      ),
    );
  });

  it('cusum(padding ++ counts, { start + padding, m }) matches cusum(counts, { start, m }) for a fixed m', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }),
        arbitraryCounts,
        arbitraryTuning,
        fc.constantFrom(...transforms),
        (padding, counts, tuning, trans) => {
          const alone = expectOk(cusum(counts, { start: 1, ...tuning, trans }));
          const padded = expectOk(
            cusum([...padding, ...counts], { start: padding.length + 1, ...tuning, trans }),
          );
          expect(padded.rows.slice(padding.length)).toEqual(alone.rows);
        },
      ),
    );
  });
});
