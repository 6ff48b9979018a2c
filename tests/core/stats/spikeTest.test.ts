import { describe, expect, it } from 'vitest';
import { garwoodInterval, poissonLowerTail, poissonUpperTail } from '../../../src/core/stats/poisson';
import { spikeTest } from '../../../src/core/stats/spikeTest';
import fixture from '../../fixtures/r/spike.json';

/** Relative closeness: p-values span many orders of magnitude. */
const close = (actual: number, expected: number, tolerance = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

// Reference values: R's ppois and poisson.test (tests/fixtures/r/spike.json, scripts/r/spike-fixtures.R).
describe.each(fixture.spike)('spike statistics for $observed observed against $expected expected', (ref) => {
  it('poissonUpperTail matches ppois(x - 1, e, lower.tail = FALSE) to 1e-9 relative', () => {
    close(poissonUpperTail(ref.observed, ref.expected), ref.upperTail);
    close(poissonUpperTail(ref.observed, ref.expected), ref.poissonTestGreaterP);
  });

  it('poissonLowerTail matches ppois(x, e) to 1e-9 relative', () => {
    close(poissonLowerTail(ref.observed, ref.expected), ref.lowerTail);
  });

  it('garwoodInterval matches poisson.test(x)$conf.int at 95% and 90%', () => {
    const at95 = garwoodInterval(ref.observed, 0.95);
    const at90 = garwoodInterval(ref.observed, 0.9);
    close(at95.lower, ref.count95[0] as number);
    close(at95.upper, ref.count95[1] as number);
    close(at90.lower, ref.count90[0] as number);
    close(at90.upper, ref.count90[1] as number);
  });

  it('spikeTest ratio interval matches poisson.test(x, e)$conf.int', () => {
    const test = spikeTest(ref.observed, ref.expected);
    close(test.ratioInterval.lower, ref.ratio95[0] as number);
    close(test.ratioInterval.upper, ref.ratio95[1] as number);
    close(test.ratio, ref.observed / ref.expected);
  });
});

describe('spikeTest(20, 3.5), the article’s figure', () => {
  const test = spikeTest(20, 3.5);
  it('gives ratio 5.714…, excess 16.5 and a tail of about 1.13e-9', () => {
    expect(test.ratio).toBeCloseTo(5.7142857, 6);
    expect(test.excess).toBe(16.5);
    expect(test.pValue).toBeCloseTo(1.1314e-9, 12);
  });
});

describe('poisson edge cases', () => {
  it('poissonUpperTail(0, e) is 1 and garwoodInterval(0) starts at 0', () => {
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(garwoodInterval(0).lower).toBe(0);
  });
  it('rejects negative or fractional counts and a non-positive expected value', () => {
    expect(() => poissonUpperTail(-1, 2)).toThrow(/whole number/);
    expect(() => poissonUpperTail(2.5, 2)).toThrow(/whole number/);
    expect(() => poissonUpperTail(2, 0)).toThrow(/> 0/);
    expect(() => garwoodInterval(3, 1)).toThrow(/confidence/);
  });
});
