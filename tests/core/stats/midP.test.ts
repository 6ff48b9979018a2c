import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonMidP } from '../../../src/core/stats/midP';
import { expectProbabilityCloseToR, readFixture } from '../detection/rFixtures';

/** One case of tests/fixtures/r/midP.json (scripts/r/detection-fixtures.R). */
interface MidPFixtureCase {
  readonly name: string;
  readonly observed: number;
  readonly expected: number;
  readonly upper: number;
  readonly lower: number;
  readonly twoSided: number;
}

const fixture = readFixture<MidPFixtureCase>('midP.json');

describe('poissonMidP against R ppois + dpois / 2 (tests/fixtures/r/midP.json)', () => {
  it.each(fixture.cases)('poissonMidP($observed, $expected) matches R for case $name', (c) => {
    const midP = poissonMidP(c.observed, c.expected);
    expectProbabilityCloseToR(midP.upper, c.upper, 'upper');
    expectProbabilityCloseToR(midP.lower, c.lower, 'lower');
    expectProbabilityCloseToR(midP.twoSided, c.twoSided, 'twoSided');
  });
});

describe('poissonMidP behaviour', () => {
  it('poissonMidP(observed, expected) refuses a fractional count or a mean <= 0', () => {
    expect(() => poissonMidP(1.5, 2)).toThrow(RangeError);
    expect(() => poissonMidP(1, 0)).toThrow(RangeError);
  });

  it('poissonMidP(x, mu) has upper + lower = 1 and upper falling as x rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        (x, mu) => {
          const here = poissonMidP(x, mu);
          expect(here.upper + here.lower).toBeCloseTo(1, 12);
          expect(poissonMidP(x + 1, mu).upper).toBeLessThanOrEqual(here.upper);
        },
      ),
    );
  });
});
