import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RateRatioAlternative } from '../../../src/core/stats/rateRatioTest';
import { rateRatioTest } from '../../../src/core/stats/rateRatioTest';
import { expectCloseToR, expectProbabilityCloseToR, readFixture } from '../detection/rFixtures';

/** One case of tests/fixtures/r/rateRatio.json (scripts/r/spike-test-fixtures.R); R's Inf is null. */
interface RateRatioCase {
  readonly name: string;
  readonly count: number;
  readonly time: number;
  readonly baselineCount: number;
  readonly baselineTime: number;
  readonly alternative: 'two.sided' | 'greater' | 'less';
  readonly confidence: number;
  readonly ratio?: number | null;
  readonly pValue?: number;
  readonly expectedCount?: number;
  readonly lower?: number;
  readonly upper?: number | null;
}

const fixture = readFixture<RateRatioCase>('rateRatio.json');
const alternativeOf = (r: RateRatioCase['alternative']): RateRatioAlternative =>
  r === 'two.sided' ? 'two-sided' : r;

describe('rateRatioTest against R poisson.test(c(x1, x2), c(t1, t2)) (tests/fixtures/r/rateRatio.json)', () => {
  it.each(fixture.cases)('rateRatioTest matches R for $name', (c) => {
    const test = rateRatioTest(
      c.count,
      c.time,
      c.baselineCount,
      c.baselineTime,
      alternativeOf(c.alternative),
      c.confidence,
    );
    if (c.count + c.baselineCount === 0) {
      // Deliberate deviation: R returns ratio NaN, p-value 1 and interval [0, Inf] for two zero counts.
      expect(test).toEqual({ kind: 'insufficient-data', need: 1, have: 0 });
      return;
    }
    if (test.kind !== 'ok') throw new Error(`expected a result, got ${test.kind}`);
    expectProbabilityCloseToR(test.pValue, c.pValue ?? null, 'pValue');
    expectCloseToR(test.expectedCount, c.expectedCount ?? null, 'expectedCount');
    const infinite = (value: number) => (Number.isFinite(value) ? value : null);
    expectCloseToR(infinite(test.ratio), c.ratio ?? null, 'ratio');
    expectProbabilityCloseToR(test.ratioInterval.lower, c.lower ?? null, 'lower');
    expectProbabilityCloseToR(infinite(test.ratioInterval.upper), c.upper ?? null, 'upper');
    expect(Number.isFinite(test.ratioInterval.upper)).toBe(c.upper !== null);
    expect(Number.isFinite(test.ratio)).toBe(c.ratio !== null);
  });
});

describe('rateRatioTest behaviour', () => {
  it('rateRatioTest(20, 1, 546, 156) gives the ratio 5.714 with a p-value near 1.5e-9 (R: 1.4720816e-09)', () => {
    const test = rateRatioTest(20, 1, 546, 156);
    expect(test.kind === 'ok' && test.ratio).toBeCloseTo(20 / 3.5, 12);
    expect(test.kind === 'ok' && test.pValue).toBeCloseTo(1.4720816029455648e-9, 15);
  });

  it('rateRatioTest(x1, t1, x2, t2) refuses fractional counts, negative counts and times <= 0', () => {
    expect(() => rateRatioTest(1.5, 1, 2, 1)).toThrow(RangeError);
    expect(() => rateRatioTest(1, 1, -2, 1)).toThrow(RangeError);
    expect(() => rateRatioTest(1, 0, 2, 1)).toThrow(RangeError);
    expect(() => rateRatioTest(1, 1, 2, 1, 'two-sided', 1)).toThrow(RangeError);
  });

  it('rateRatioTest interval contains the ratio and the greater p-value falls as the count rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        (x, y, t1, t2) => {
          const test = rateRatioTest(x, t1, y, t2);
          const next = rateRatioTest(x + 1, t1, y, t2, 'greater');
          const here = rateRatioTest(x, t1, y, t2, 'greater');
          if (test.kind !== 'ok' || next.kind !== 'ok' || here.kind !== 'ok') throw new Error('no result');
          expect(test.ratioInterval.lower).toBeLessThanOrEqual(test.ratio * (1 + 1e-12));
          expect(test.ratioInterval.upper).toBeGreaterThanOrEqual(test.ratio * (1 - 1e-12));
          expect(next.pValue).toBeLessThanOrEqual(here.pValue);
          expect(test.pValue).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
