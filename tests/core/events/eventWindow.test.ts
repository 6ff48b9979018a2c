import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignEvents } from '../../../src/core/events/alignEvents';
import type { EventWindowOptions } from '../../../src/core/events/eventWindow';
import { eventWindow } from '../../../src/core/events/eventWindow';
import { excessHalfLife } from '../../../src/core/events/halfLife';
import { expectCloseToR, expectProbabilityCloseToR, readFixture } from '../detection/rFixtures';

/** tests/fixtures/r/eventWindow.json (scripts/r/event-fixtures.R): the series, then one case per event. */
interface SeriesCase {
  readonly name: 'series';
  readonly dates: readonly string[];
  readonly counts: readonly (number | null)[];
}
interface EventCase {
  readonly name: string;
  readonly eventDate: string;
  readonly options: EventWindowOptions;
  readonly status: 'ok' | 'insufficient-data';
  readonly need?: number;
  readonly have?: number;
  readonly expected: number;
  readonly upper: number;
  readonly days: number;
  readonly total: number;
  readonly peakDay: number;
  readonly peakDate: string;
  readonly peakCount: number;
  readonly peakRatio: number;
  readonly excessStatus: 'ok' | 'insufficient-data';
  readonly observedTotal: number;
  readonly expectedTotal: number;
  readonly excess: number;
  readonly excessLower: number;
  readonly excessUpper: number;
  readonly rateRatio: number;
  readonly rateRatioP: number;
  readonly rateRatioLower: number;
  readonly rateRatioUpper: number;
  readonly returnDay: number | null;
  readonly halfLifeStatus: 'ok' | 'not-decaying' | 'insufficient-data';
  readonly halfLifePoints: number;
  readonly slope: number;
  readonly intercept: number;
  readonly halfLife: number | null;
}

const fixture = readFixture<SeriesCase | EventCase>('eventWindow.json');
const [series, ...events] = fixture.cases as [SeriesCase, ...EventCase[]];

describe('eventWindow against base R (tests/fixtures/r/eventWindow.json)', () => {
  it.each(events)('eventWindow(dates, counts, $eventDate, options) matches R for $name', (c) => {
    const result = eventWindow(series.dates, series.counts, c.eventDate, c.options);
    if (c.status === 'insufficient-data') {
      expect(result).toEqual({ kind: 'insufficient-data', need: c.need, have: c.have });
      return;
    }
    if (result.kind !== 'ok') throw new Error(`expected a result, got ${result.kind}`);
    expectCloseToR(result.baseline.expected, c.expected, 'baseline mean');
    expectCloseToR(result.baseline.upper, c.upper, 'upper bound');
    expect(result.baseline.days).toBe(c.days);
    expectCloseToR(result.baseline.total, c.total, 'baseline total');
    expect(result.peak).toEqual({ day: c.peakDay, date: c.peakDate, count: c.peakCount });
    expectCloseToR(result.peakRatio, c.peakRatio, 'peak ratio');
    if (c.excessStatus === 'ok') {
      if (result.excess.kind !== 'ok') throw new Error('expected an excess');
      expect(result.excess.observed).toBe(c.observedTotal);
      expectCloseToR(result.excess.expected, c.expectedTotal, 'expected total');
      expectCloseToR(result.excess.excess, c.excess, 'excess');
      expectCloseToR(
        result.excess.interval.lower,
        c.excessLower,
        'excess lower (poisson.test(S)$conf.int - E)',
      );
      expectCloseToR(result.excess.interval.upper, c.excessUpper, 'excess upper');
      const rr = result.excess.rateRatio;
      if (rr.kind !== 'ok') throw new Error('expected a rate ratio');
      expectCloseToR(rr.ratio, c.rateRatio, 'rate ratio');
      expectProbabilityCloseToR(rr.pValue, c.rateRatioP, 'rate ratio p');
      expectCloseToR(rr.ratioInterval.lower, c.rateRatioLower, 'rate ratio lower');
      expectCloseToR(rr.ratioInterval.upper, c.rateRatioUpper, 'rate ratio upper');
    } else expect(result.excess.kind).toBe('insufficient-data');
    if (c.returnDay === null)
      expect(result.returnDay).toEqual({ kind: 'not-returned', within: c.options.post });
    else expect(result.returnDay).toMatchObject({ day: c.returnDay });
    expect(result.halfLife.kind).toBe(c.halfLifeStatus);
    if (result.halfLife.kind === 'insufficient-data') expect(result.halfLife.have).toBe(c.halfLifePoints);
    else expectCloseToR(result.halfLife.slope, c.slope, 'slope (lm)');
    if (result.halfLife.kind === 'ok') {
      expectCloseToR(result.halfLife.days, c.halfLife, 'half-life');
      expectCloseToR(result.halfLife.intercept, c.intercept, 'intercept (lm)');
      expect(result.halfLife.points).toBe(c.halfLifePoints);
    }
  });
});

describe('eventWindow behaviour', () => {
  const options = { pre: 28, post: 14 };

  it('eventWindow(dates, counts, date outside the series) says so', () => {
    expect(eventWindow(series.dates, series.counts, '2018-01-01', options)).toEqual({
      kind: 'outside-series',
      date: '2018-01-01',
    });
  });

  it('eventWindow(dates, counts, event, options) does not mutate its input', () => {
    const counts = [...series.counts];
    eventWindow(series.dates, counts, '2017-03-22', options);
    expect(counts).toEqual(series.counts);
  });

  it('eventWindow does not depend on series padding far before the baseline window', () => {
    const start = series.dates.indexOf('2017-02-20');
    const dates = series.dates.slice(start);
    const counts = series.counts.slice(start);
    const plain = eventWindow(dates, counts, '2017-03-22', options);
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(40), { nil: null }), { maxLength: 30 }), (pad) => {
        const padDates = pad.map((_, k) => series.dates[start - pad.length + k] as string);
        expect(eventWindow([...padDates, ...dates], [...pad, ...counts], '2017-03-22', options)).toEqual(
          plain,
        );
      }),
    );
  });

  it('excessHalfLife(counts, expected) halves every day for a geometric excess (half-life 1)', () => {
    const fit = excessHalfLife([33, 17, 9, 5], 1);
    expect(fit.kind === 'ok' && fit.days).toBeCloseTo(1, 12);
    expect(excessHalfLife([5, null, 3], 1)).toEqual({ kind: 'insufficient-data', need: 3, have: 1 });
  });
});

describe('alignEvents(dates, counts, events, { before, after })', () => {
  const dates = ['2017-06-01', '2017-06-02', '2017-06-03', '2017-06-04', '2017-06-05'];
  it('puts each event on day 0 with null outside the series and for missing days', () => {
    const table = alignEvents(
      dates,
      [1, null, 3, 4, 5],
      [
        { name: 'A', date: '2017-06-02' },
        { name: 'B', date: '2017-06-05' },
      ],
      { before: 1, after: 1 },
    );
    expect(table).toEqual({
      events: ['A', 'B'],
      rows: [
        { day: -1, counts: [1, 4] },
        { day: 0, counts: [null, 5] },
        { day: 1, counts: [3, null] },
      ],
    });
  });
});
