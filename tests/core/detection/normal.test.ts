import { describe, expect, it } from 'vitest';
import { normalQuantile, normalUpperTail } from '../../../src/core/detection/normal';
import { caseNamed, expectProbabilityCloseToR, readFixture } from './rFixtures';

/** One case of tests/fixtures/r/normal.json (scripts/r/detection-fixtures.R). */
interface NormalFixtureCase {
  readonly name: string;
  readonly call: string;
  readonly p?: readonly number[];
  readonly quantile?: readonly number[];
  readonly x?: readonly number[];
  readonly upperTail?: readonly number[];
}

const fixture = readFixture<NormalFixtureCase>('normal.json');

describe('normal distribution against R (tests/fixtures/r/normal.json)', () => {
  it('normalQuantile(p) equals qnorm(p) to 1e-12 relative', () => {
    const c = caseNamed(fixture.cases, 'qnorm');
    (c.p ?? []).forEach((p, i) => {
      const expected = c.quantile?.[i] ?? NaN;
      expect(Math.abs(normalQuantile(p) - expected), `p = ${p}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(expected)),
      );
    });
  });

  it('normalUpperTail(x) equals pnorm(x, lower.tail = FALSE) to 1e-6 relative', () => {
    const c = caseNamed(fixture.cases, 'pnorm-upper');
    (c.x ?? []).forEach((x, i) =>
      expectProbabilityCloseToR(normalUpperTail(x), c.upperTail?.[i] ?? null, `x = ${x}`),
    );
  });

  it('normalQuantile(0.999) is exactly the EARS zAlpha R uses for alpha = 0.001', () => {
    expect(normalQuantile(1 - 0.001)).toBe(3.0902323061678132);
  });

  it('normalQuantile and normalUpperTail return R limits outside their domain', () => {
    expect([normalQuantile(0), normalQuantile(1), normalQuantile(1.5)]).toEqual([-Infinity, Infinity, NaN]);
    expect([normalUpperTail(-Infinity), normalUpperTail(Infinity), normalUpperTail(NaN)]).toEqual([
      1,
      0,
      NaN,
    ]);
  });
});
