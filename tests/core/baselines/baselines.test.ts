import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BaselineEstimate, UpperBoundMethod } from '../../../src/core/baselines/baseline';
import { poissonQuantile, summariseWindow } from '../../../src/core/baselines/baseline';
import {
  sameWeekdayMean,
  trailingTwelveMonthMean,
  yearToDateMean,
} from '../../../src/core/baselines/calendar';
import { respectComparableFrom } from '../../../src/core/baselines/comparableFrom';
import { trailingBaseline } from '../../../src/core/baselines/trailing';
import { dailyDates } from '../../scripts/cli/runCli';
import { caseNamed, expectCloseToR, readFixture } from '../detection/rFixtures';

/** One case of tests/fixtures/r/baselines.json (scripts/r/baseline-fixtures.R), one entry per point. */
interface BaselineCase {
  readonly name: string;
  readonly options: {
    readonly window?: number;
    readonly guard?: number;
    readonly statistic?: 'mean' | 'median';
    readonly maxMissing?: number;
    readonly level?: number;
    readonly weeks?: number;
    readonly comparableFrom?: string;
  };
  readonly dates: readonly string[];
  readonly counts: readonly (number | null)[];
  readonly kind: readonly BaselineEstimate['kind'][];
  readonly need: readonly number[];
  readonly have: readonly number[];
  readonly expected: readonly (number | null)[];
  readonly upperPoisson: readonly (number | null)[];
  readonly upperNormal: readonly (number | null)[];
}

const fixture = readFixture<BaselineCase>('baselines.json');

/** Runs the port's baseline that the named R case computes. */
function portOf(c: BaselineCase, bound: UpperBoundMethod): BaselineEstimate[] {
  const { comparableFrom, weeks, ...rest } = c.options;
  const options = { ...rest, bound };
  let baseline: BaselineEstimate[];
  if (c.name.startsWith('same-weekday')) baseline = sameWeekdayMean(c.dates, c.counts, { ...options, weeks });
  else if (c.name.startsWith('year-to-date')) baseline = yearToDateMean(c.dates, c.counts, options);
  else if (c.name.startsWith('twelve-month')) baseline = trailingTwelveMonthMean(c.dates, c.counts, options);
  else baseline = trailingBaseline(c.counts, { window: rest.window ?? 0, ...options });
  return comparableFrom === undefined ? baseline : respectComparableFrom(baseline, c.dates, comparableFrom);
}

describe('baselines against base R by date arithmetic (tests/fixtures/r/baselines.json)', () => {
  it.each(fixture.cases)(
    'baseline $name matches R at every point (expected, qpois and normal upper)',
    (c) => {
      const poisson = portOf(c, 'poisson');
      const normal = portOf(c, 'normal');
      poisson.forEach((point, i) => {
        const at = `${c.name} ${c.dates[i]}`;
        expect(point.kind, at).toBe(c.kind[i]);
        if (point.kind === 'insufficient-data') {
          expect(point.need, at).toBe(c.need[i]);
          expect(point.have, at).toBe(c.have[i]);
        }
        if (point.kind === 'before-comparable') expect(point.comparableFrom).toBe(c.options.comparableFrom);
        if (point.kind !== 'value') return;
        expectCloseToR(point.expected, c.expected[i] ?? null, `${at} expected`);
        expect(point.used, at).toBe(c.have[i]);
        expect(point.upper, `${at} qpois`).toBe(c.upperPoisson[i]);
        const other = normal[i];
        expectCloseToR(
          other?.kind === 'value' ? other.upper : null,
          c.upperNormal[i] ?? null,
          `${at} normal`,
        );
      });
    },
  );
});

describe('baseline behaviour', () => {
  const daily = caseNamed(fixture.cases, 'trailing-mean-7');

  it('trailingBaseline(counts, { window: 3, bound: "none" }) gives the trailing mean with no upper bound', () => {
    expect(trailingBaseline([1, 2, 3, 10], { window: 3, bound: 'none' })[3]).toEqual({
      kind: 'value',
      expected: 2,
      upper: null,
      used: 3,
      windowStart: 0,
    });
  });

  it('poissonQuantile(0.95, mean) is qpois: qpois(0.95, 3.5) = 7, qpois(0.95, 0) = 0 (R 4.2)', () => {
    expect(poissonQuantile(0.95, 3.5)).toBe(7);
    expect(poissonQuantile(0.95, 0)).toBe(0);
  });

  it('sameWeekdayMean and yearToDateMean refuse dates that skip a day (a missing day must be null)', () => {
    expect(() => sameWeekdayMean(['2017-01-01', '2017-01-03'], [1, 2])).toThrow(/null/);
    expect(() => yearToDateMean(['2017-01-01'], [1, 2])).toThrow(RangeError);
    expect(() => trailingTwelveMonthMean(['2017-01', '2017-03'], [1, 2])).toThrow(/null/);
  });

  it('trailingBaseline(counts, options) does not mutate its input', () => {
    const counts = [...daily.counts];
    trailingBaseline(counts, { window: 5, statistic: 'median', guard: 1 });
    sameWeekdayMean(daily.dates, counts);
    expect(counts).toEqual(daily.counts);
  });

  it('baselines do not depend on series padding far before the window', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(50), { nil: null }), { minLength: 1, maxLength: 40 }), (pad) => {
        const padded = [...pad, ...daily.counts];
        const plain = trailingBaseline(daily.counts, { window: 7, guard: 2, statistic: 'median' });
        const withPad = trailingBaseline(padded, { window: 7, guard: 2, statistic: 'median' });
        // Points whose whole window lies inside the unpadded series are unchanged but for the index shift.
        plain.slice(9).forEach((point, k) => {
          const other = withPad[pad.length + 9 + k];
          if (point.kind === 'value')
            expect(other).toEqual({ ...point, windowStart: point.windowStart + pad.length });
          else expect(other).toEqual(point);
        });
      }),
    );
  });

  it('the sliding windows give what summing each window afresh gives (summariseWindow over its indices)', () => {
    const counts = fc.array(fc.option(fc.nat(30), { nil: null }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom<'mean' | 'median'>('mean', 'median'),
        fc.constantFrom<UpperBoundMethod>('poisson', 'normal', 'none'),
        (series, window, guard, maxMissing, statistic, bound) => {
          const options = { window, guard, maxMissing, statistic, bound, level: 0.99 };
          const fresh = series.map((_, i) =>
            summariseWindow(
              series,
              Array.from({ length: window }, (_, k) => i - guard - window + k),
              statistic,
              options,
            ),
          );
          expectSameEstimates(trailingBaseline(series, options), fresh);
        },
      ),
    );
  });

  it('the same-weekday windows give what averaging each weekday afresh gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(30), { nil: null }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (series, weeks, maxMissing) => {
          const dates = dailyDates(series.length);
          const options = { weeks, maxMissing, bound: 'poisson' as const, level: 0.99 };
          const fresh = series.map((_, i) =>
            summariseWindow(
              series,
              Array.from({ length: weeks }, (_, k) => i - 7 * (weeks - k)),
              'mean',
              options,
            ),
          );
          expectSameEstimates(sameWeekdayMean(dates, series, options), fresh);
        },
      ),
    );
  });
});

/** Asserts two lists of estimates agree: same kinds and counts, values equal to 1e-9. */
function expectSameEstimates(actual: readonly BaselineEstimate[], expected: readonly BaselineEstimate[]) {
  expect(actual.map((e) => e.kind)).toEqual(expected.map((e) => e.kind));
  actual.forEach((point, i) => {
    const other = expected[i];
    if (point.kind !== 'value' || other?.kind !== 'value') return expect(point).toEqual(other);
    expect(point.used).toBe(other.used);
    expect(point.windowStart).toBe(other.windowStart);
    expect(point.expected).toBeCloseTo(other.expected, 9);
    if (point.upper === null || other.upper === null) expect(point.upper).toBe(other.upper);
    else expect(point.upper).toBeCloseTo(other.upper, 9);
  });
}
