import { describe, expect, it } from 'vitest';
import { farringtonFlexible } from '../../../src/core/detection/farrington';
import type { FarringtonOptions, FarringtonResult } from '../../../src/core/detection/farrington';
import { caseNamed, expectCloseToR, readFixture } from './rFixtures';

/** One case of tests/fixtures/r/farrington.json (scripts/r/farrington-fixtures.R). */
interface FarringtonFixtureCase {
  readonly name: string;
  readonly source: string;
  readonly call: string;
  readonly options: FarringtonOptions;
  readonly counts: readonly (number | null)[];
  readonly dates: readonly string[] | null;
  /** 1-based rows R monitored; the arrays below hold one value per row. */
  readonly range: readonly number[];
  readonly upper: readonly (number | null)[];
  readonly alarm: readonly (boolean | null)[];
  readonly expected: readonly (number | null)[];
  readonly score: readonly (number | null)[];
  readonly pvalue: readonly (number | null)[];
  readonly phi: readonly (number | null)[];
  readonly trend: readonly (number | null)[];
}

const fixture = readFixture<FarringtonFixtureCase>('farrington.json');
/** R leaves `expected` at its initial 0 when no model converges; the port says null, with a reason. */
const noConvergence = 'test-no-convergence';
const exact = fixture.cases.filter((c) => c.name !== noConvergence);

function run(c: FarringtonFixtureCase): FarringtonResult {
  const series = c.dates === null ? c.counts : { counts: c.counts, dates: c.dates };
  return farringtonFlexible(series, c.options);
}

describe('farringtonFlexible against surveillance::farringtonFlexible (tests/fixtures/r/farrington.json)', () => {
  it.each(exact.map((c) => [c.name, c] as const))(
    'farringtonFlexible(%s) matches R row by row: upper, alarm, expected, score, p-value, phi, trend',
    (_, c) => {
      const result = run(c);
      c.range.forEach((r, i) => {
        const row = result.rows[r - 1];
        const at = `${c.name} row ${r}`;
        expect(row, at).toBeDefined();
        if (row === undefined) return;
        expectCloseToR(row.upper, c.upper[i] ?? null, `${at} upper`);
        // A missing count: R says FALSE, the port null (it cannot tell).
        expect(row.alarm, `${at} alarm`).toBe(row.observed === null ? null : c.alarm[i]);
        expectCloseToR(row.expected, c.expected[i] ?? null, `${at} expected`);
        expectCloseToR(row.statistic, c.score[i] ?? null, `${at} score`);
        expectCloseToR(row.pValue, c.pvalue[i] ?? null, `${at} pValue`);
        expectCloseToR(row.dispersion, c.phi[i] ?? null, `${at} phi`);
        expectCloseToR(row.trend, c.trend[i] ?? null, `${at} trend`);
      });
    },
  );

  it('farringtonFlexible(all-zero weekly series, noPeriods 10) gives no-convergence where R gives NA', () => {
    const c = caseNamed(fixture.cases, noConvergence);
    const result = run(c);
    c.range.forEach((r, i) => {
      const row = result.rows[r - 1];
      expect(row?.reason).toEqual({ kind: 'no-convergence' });
      expect([c.upper[i], c.alarm[i], c.score[i], c.pvalue[i], c.phi[i]]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(c.expected[i]).toBe(0);
      expect([row?.upper, row?.alarm, row?.expected, row?.statistic, row?.pValue]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    });
  });
});

describe('farringtonFlexible reasons and inputs', () => {
  const counts = Array.from({ length: 60 }, (_, i) => (i * 7) % 5);

  it('farringtonFlexible(counts, start before freq * b + w) says how much history a row lacks', () => {
    const result = farringtonFlexible(counts, { freq: 7, b: 4, w: 1, trend: false, start: 20 });
    expect(result.rows[20]?.reason).toEqual({ kind: 'insufficient-data', need: 29, have: 20 });
    expect(result.rows[20]?.upper).toBeNull();
    expect(result.rows[29]?.reason?.kind).not.toBe('insufficient-data');
    expect(result.rows[19]).toMatchObject({ upper: null, reason: null });
  });

  it('farringtonFlexible(counts) gives too-few-cases, with no upper bound, when the last 4 rows hold under 5', () => {
    const sparse = counts.map((c, i) => (i >= 40 ? 0 : c));
    const row = farringtonFlexible(sparse, { freq: 7, b: 4, w: 1, trend: false }).rows[45];
    expect(row?.reason).toEqual({ kind: 'too-few-cases', need: 5, have: 0 });
    expect(row?.upper).toBeNull();
    expect(row?.alarm).toBe(false);
    expect(row?.statistic).not.toBeNull();
  });

  it('farringtonFlexible(dated counts) returns the dates and leaves its input unchanged', () => {
    const dates = counts.map((_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const input = { counts: [...counts], dates: [...dates] };
    const result = farringtonFlexible(input, { freq: 7, b: 4, w: 1 });
    expect(result.rows.map((r) => r.date)).toEqual(dates);
    expect(input).toEqual({ counts, dates });
  });

  it('farringtonFlexible refuses options R refuses', () => {
    expect(() => farringtonFlexible(counts, { freq: 7, limit54: [5, 0] })).toThrow(/limit54/);
    expect(() => farringtonFlexible(counts, { freq: 7, b: 1, w: 1, noPeriods: 9 })).toThrow(
      /factors too big/,
    );
    expect(() => farringtonFlexible(counts, { freq: 7, alpha: 1 })).toThrow(RangeError);
  });
});
