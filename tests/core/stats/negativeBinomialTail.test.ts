import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateDispersion, negativeBinomialUpperTail } from '../../../src/core/stats/negativeBinomialTail';
import { poissonUpperTail } from '../../../src/core/stats/poisson';
import { expectCloseToR, expectProbabilityCloseToR, readFixture } from '../detection/rFixtures';

/** One case of tests/fixtures/r/negativeBinomial.json (scripts/r/spike-test-fixtures.R). */
interface TailCase {
  readonly name: string;
  readonly observed: number;
  readonly mean: number;
  readonly phi: number;
  readonly upperTail: number;
}

/** One case of tests/fixtures/r/dispersion.json (scripts/r/spike-test-fixtures.R); phi is null when var is 0. */
interface DispersionCase {
  readonly name: string;
  readonly counts: readonly (number | null)[];
  readonly n: number;
  readonly mean: number | null;
  readonly variance: number | null;
  readonly phi: number | null;
}

const tails = readFixture<TailCase>('negativeBinomial.json');
const windows = readFixture<DispersionCase>('dispersion.json');

describe('negativeBinomialUpperTail against R pnbinom (tests/fixtures/r/negativeBinomial.json)', () => {
  it.each(tails.cases)('negativeBinomialUpperTail matches R for $name', (c) => {
    expectProbabilityCloseToR(negativeBinomialUpperTail(c.observed, c.mean, c.phi), c.upperTail, 'tail');
  });
});

describe('estimateDispersion against R var / mean (tests/fixtures/r/dispersion.json)', () => {
  it.each(windows.cases)('estimateDispersion(counts) matches R for window $name', (c) => {
    const estimate = estimateDispersion(c.counts);
    if (c.n < 2) expect(estimate).toEqual({ kind: 'insufficient-data', need: 2, have: c.n });
    else if (c.phi === null) expect(estimate).toEqual({ kind: 'zero-variance' });
    else {
      if (estimate.kind !== 'ok') throw new Error(`expected an estimate, got ${estimate.kind}`);
      expectCloseToR(estimate.phi, c.phi, 'phi');
      expectCloseToR(estimate.mean, c.mean, 'mean');
      expectCloseToR(estimate.variance, c.variance, 'variance');
      expect(estimate.n).toBe(c.n);
      expect(estimate.underdispersed).toBe(c.phi < 1);
    }
  });
});

describe('negativeBinomialUpperTail behaviour', () => {
  it('negativeBinomialUpperTail(x, mu, 1) is the Poisson tail', () => {
    expect(negativeBinomialUpperTail(20, 3.5, 1)).toBe(poissonUpperTail(20, 3.5));
  });

  it('negativeBinomialUpperTail refuses phi < 1, mean <= 0 and fractional counts', () => {
    expect(() => negativeBinomialUpperTail(3, 2, 0.9)).toThrow(RangeError);
    expect(() => negativeBinomialUpperTail(3, 0, 2)).toThrow(RangeError);
    expect(() => negativeBinomialUpperTail(2.5, 2, 2)).toThrow(RangeError);
  });

  it('negativeBinomialUpperTail(x, mu, phi) is a probability that falls as x rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 1.01, max: 20, noNaN: true }),
        (x, mu, phi) => {
          const here = negativeBinomialUpperTail(x, mu, phi);
          expect(here).toBeGreaterThanOrEqual(0);
          expect(here).toBeLessThanOrEqual(1);
          expect(negativeBinomialUpperTail(x + 1, mu, phi)).toBeLessThanOrEqual(here + 1e-12);
        },
      ),
    );
  });

  it('estimateDispersion(counts) does not mutate its input and honours minCounts', () => {
    const counts = [3, null, 5, 2];
    expect(estimateDispersion(counts, 4)).toEqual({ kind: 'insufficient-data', need: 4, have: 3 });
    expect(counts).toEqual([3, null, 5, 2]);
    expect(() => estimateDispersion(counts, 1)).toThrow(RangeError);
  });
});
