import { describe, expect, it } from 'vitest';
import { checkHigherThanAfter } from '../../../src/core/claims/higherThanAfter';
import { checkHighestOfYear } from '../../../src/core/claims/highestOfYear';
import { readFixture } from '../detection/rFixtures';

/** One case of tests/fixtures/r/claims.json (scripts/r/event-fixtures.R), on the eventWindow.json series. */
interface ClaimCase {
  readonly name: string;
  readonly kind: 'highestOfYear' | 'higherThanAfter';
  readonly date: string;
  readonly status: 'ok' | 'missing-value';
  readonly count: number;
  readonly rank: number;
  readonly higherDates: readonly string[];
  readonly tieDates: readonly string[];
  readonly compared: number;
  readonly missing: readonly string[];
  readonly eventDate: string;
  readonly within: number;
  readonly peakDate: string | null;
  readonly peakCount: number | null;
  readonly atLeastAsHigh: readonly string[];
  readonly beyondSeries: number;
}
interface SeriesCase {
  readonly dates: readonly string[];
  readonly counts: readonly (number | null)[];
}

const [series] = readFixture<SeriesCase>('eventWindow.json').cases as [SeriesCase];
const claims = readFixture<ClaimCase>('claims.json').cases;

describe('checkHighestOfYear against R rank(-x, ties.method = "min") (tests/fixtures/r/claims.json)', () => {
  it.each(claims.filter((c) => c.kind === 'highestOfYear'))('checkHighestOfYear for $name matches R', (c) => {
    const evidence = checkHighestOfYear(series.dates, series.counts, c.date);
    if (c.status === 'missing-value') {
      expect(evidence).toEqual({ kind: 'missing-value', date: c.date });
      return;
    }
    if (evidence.kind !== 'ok') throw new Error(`expected evidence, got ${evidence.kind}`);
    expect(evidence.claim).toEqual({ date: c.date, count: c.count });
    expect(evidence.rank).toBe(c.rank);
    expect(evidence.higher.map((d) => d.date)).toEqual(c.higherDates);
    expect(evidence.ties.map((d) => d.date)).toEqual(c.tieDates);
    expect(evidence.compared).toBe(c.compared);
    expect(evidence.missing).toEqual(c.missing);
    const verdict = c.rank > 1 ? 'not-highest' : c.tieDates.length > 0 ? 'tied-highest' : 'highest';
    expect(evidence.verdict).toBe(verdict);
    expect(evidence.coverage).toEqual({ from: '2017-01-01', to: '2017-07-31' });
  });
});

describe('checkHigherThanAfter against R max / which.max over the window (tests/fixtures/r/claims.json)', () => {
  it.each(claims.filter((c) => c.kind === 'higherThanAfter'))(
    'checkHigherThanAfter for $name matches R',
    (c) => {
      const evidence = checkHigherThanAfter(series.dates, series.counts, c.date, c.eventDate, c.within);
      if (evidence.kind !== 'ok') throw new Error(`expected evidence, got ${evidence.kind}`);
      expect(evidence.peak?.date ?? null).toBe(c.peakDate);
      expect(evidence.peak?.count ?? null).toBe(c.peakCount);
      expect(evidence.atLeastAsHigh.map((d) => d.date)).toEqual(c.atLeastAsHigh);
      expect(evidence.missing).toEqual(c.missing);
      expect(evidence.beyondSeries).toBe(c.beyondSeries);
      const peak = c.peakCount as number;
      expect(evidence.verdict).toBe(c.count > peak ? 'higher' : c.count === peak ? 'equal' : 'lower');
      expect(evidence.margin).toBe(c.count - peak);
    },
  );
});

describe('claim checks: reasons and inputs', () => {
  it('checkHighestOfYear(dates, counts, date, year) refuses a date outside the year and reports an absent day', () => {
    expect(() => checkHighestOfYear(['2017-01-01'], [1], '2017-01-01', '2016')).toThrow(RangeError);
    expect(checkHighestOfYear(['2017-01-01'], [1], '2017-01-02')).toEqual({
      kind: 'outside-series',
      date: '2017-01-02',
    });
  });

  it('checkHighestOfYear(dates, counts, date) says tied-highest when another day shares the top count', () => {
    const evidence = checkHighestOfYear(
      ['2017-01-01', '2017-01-02', '2017-01-03'],
      [5, null, 5],
      '2017-01-03',
    );
    expect(evidence).toMatchObject({ rank: 1, verdict: 'tied-highest', missing: ['2017-01-02'] });
  });

  it('checkHigherThanAfter has nothing to compare when the window lies past the series, and mutates nothing', () => {
    const counts = [3, 4];
    const evidence = checkHigherThanAfter(
      ['2017-01-01', '2017-01-02'],
      counts,
      '2017-01-02',
      '2017-02-01',
      3,
    );
    expect(evidence).toMatchObject({
      verdict: 'nothing-to-compare',
      peak: null,
      margin: null,
      beyondSeries: 3,
    });
    expect(counts).toEqual([3, 4]);
  });
});
