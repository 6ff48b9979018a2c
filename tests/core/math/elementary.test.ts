import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, log, log1p, pow } from '../../../src/core/math/elementary';

/** Units in the last place between a value and a reference. */
function ulps(actual: number, reference: number): number {
  if (actual === reference) return 0;
  return Math.abs(actual - reference) / (Math.max(Math.abs(reference), Number.MIN_VALUE) * 2 ** -52);
}

describe('elementary functions computed with + − × ÷ alone (src/core/math/elementary.ts)', () => {
  it('exp and log are within one unit in the last place of the engine’s, over their whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709.78, noNaN: true }), (x) => {
        expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }), (x) => {
        expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20_000 },
    );
  });

  it('log1p is within 2 ulps for small arguments, and pow within 64 (1.4e-14 relative) for the powers statistics take', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1e3, noNaN: true }), (x) => {
        expect(ulps(log1p(x), Math.log1p(x))).toBeLessThanOrEqual(2);
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (x, y) => {
          expect(ulps(pow(x, y), Math.pow(x, y))).toBeLessThanOrEqual(64);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('gives the exact values and the limits', () => {
    expect([exp(0), log(1), log(2 ** 10), pow(3, 4), pow(-2, 3), pow(2, -2), pow(9, 0.5)]).toEqual([
      1,
      0,
      10 * log(2),
      81,
      -8,
      0.25,
      3,
    ]);
    expect([exp(-Infinity), exp(Infinity), exp(710), exp(-746), log(0), log(-1), log(Infinity)]).toEqual([
      0,
      Infinity,
      Infinity,
      0,
      -Infinity,
      NaN,
      Infinity,
    ]);
    expect([log(5e-324), log1p(-1), log1p(1e-300), pow(0, 2), pow(0, -1), pow(-8, 1 / 3)]).toEqual([
      -744.4400719213812,
      -Infinity,
      1e-300,
      0,
      Infinity,
      NaN,
    ]);
  });
});
