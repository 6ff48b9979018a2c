import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCounts, sharePercent } from '../../../src/core/series/aggregate';
import { isoDayOf } from '../../../src/core/dates';
import { periodBounds, periodCount, periodKey, RESOLUTIONS } from '../../../src/core/series/periods';

describe('periodKey(isoDay, resolution)', () => {
  it('names the day, the Monday of its week, its month and its year', () => {
    expect(periodKey('2001-09-11', 'day')).toBe('2001-09-11');
    expect(periodKey('2001-09-11', 'week')).toBe('2001-09-10');
    expect(periodKey('2001-09-16', 'week')).toBe('2001-09-10');
    expect(periodKey('2001-09-17', 'week')).toBe('2001-09-17');
    expect(periodKey('2001-01-01', 'week')).toBe('2001-01-01');
    expect(periodKey('2000-01-01', 'week')).toBe('1999-12-27');
    expect(periodKey('2001-09-11', 'month')).toBe('2001-09');
    expect(periodKey('2001-09-11', 'year')).toBe('2001');
  });
  it('periodBounds gives each period’s first and last day, leap years included', () => {
    expect(periodBounds('2016-02', 'month')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(periodBounds('1999-12-27', 'week')).toEqual({ first: '1999-12-27', last: '2000-01-02' });
    expect(periodBounds('2001', 'year')).toEqual({ first: '2001-01-01', last: '2001-12-31' });
  });
});

describe('aggregateCounts(days, resolution) and sharePercent', () => {
  const days = [
    { date: '2001-09-09', count: 1, allCount: 10 },
    { date: '2001-09-10', count: 2, allCount: 20 },
    { date: '2001-09-11', count: 48, allCount: 100 },
    { date: '2001-10-01', count: 0, allCount: 0 },
    { date: '2001-10-02', count: null, allCount: 5 },
  ];
  it('sums each period, counts its days, and makes a sum null when a day is missing', () => {
    expect(aggregateCounts(days, 'month')).toEqual([
      { date: '2001-09', count: 51, allCount: 130, days: 3 },
      { date: '2001-10', count: null, allCount: 5, days: 2 },
    ]);
    expect(aggregateCounts(days, 'week').map((p) => [p.date, p.count])).toEqual([
      ['2001-09-03', 1],
      ['2001-09-10', 50],
      ['2001-10-01', null],
    ]);
  });
  it('gives the share as a ratio of sums, null where nothing can be divided', () => {
    expect(sharePercent(aggregateCounts(days, 'month'))).toEqual([(100 * 51) / 130, null]);
    expect(sharePercent([{ date: 'd', count: 0, allCount: 0 }])).toEqual([null]);
  });
  it('does not mutate its input', () => {
    const copy = structuredClone(days);
    aggregateCounts(days, 'year');
    expect(days).toEqual(copy);
  });
});

describe('periodCount(first, last, resolution)', () => {
  it('counts the rows aggregateCounts gives for every run of days, part-periods at the ends included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7000, max: 20000 }),
        fc.integer({ min: 0, max: 900 }),
        (start, length) => {
          const days = Array.from({ length: length + 1 }, (_, i) => ({
            date: isoDayOf(start + i),
            count: 1,
            allCount: 1,
          }));
          const [first, last] = [isoDayOf(start), isoDayOf(start + length)];
          for (const resolution of RESOLUTIONS)
            expect(periodCount(first, last, resolution)).toBe(aggregateCounts(days, resolution).length);
        },
      ),
      { numRuns: 60 },
    );
    expect(periodCount('1991-01-01', '2023-12-31', 'day')).toBe(12_053);
    expect(periodCount('1991-01-01', '2023-12-31', 'month')).toBe(396);
  });
});
