import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatIsoDate,
  isIsoDay,
  isoDayNumber,
  isIsoMonth,
  monthNumber,
  weekdayOf,
} from '../../src/core/dates';
import { formatCount, formatProbability, formatRatio, formatSigned } from '../../src/core/format';

describe('dates', () => {
  it('weekdayOf gives the calendar weekday whatever the time zone (tests run in Pacific/Auckland)', () => {
    expect(process.env.TZ).toBe('Pacific/Auckland');
    expect(weekdayOf('2017-06-06')).toBe('Tuesday');
    expect(weekdayOf('2017-06-03')).toBe('Saturday');
    expect(weekdayOf('2001-09-11')).toBe('Tuesday');
  });
  it('daysBetween counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2017-06-03', '2017-06-06')).toBe(3);
    expect(daysBetween('2017-03-25', '2017-03-27')).toBe(2);
    expect(daysBetween('2017-06-19', '2017-06-03')).toBe(-16);
  });
  it('isIsoDay and isIsoMonth accept only real dates', () => {
    expect(isIsoDay('2017-02-29')).toBe(false);
    expect(isIsoDay('2016-02-29')).toBe(true);
    expect(isIsoMonth('2017-13')).toBe(false);
    expect(isIsoMonth('2017-06')).toBe(true);
  });
  it('isoDayNumber agrees with Date.UTC on every real day, and refuses what is not one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoDayNumber(text)).toBe(day);
        expect(weekdayOf(text)).toBe(
          ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
            new Date(day * 86_400_000).getUTCDay()
          ],
        );
      }),
    );
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('2000-02-29')).toBe(11_016);
    for (const text of ['1900-02-29', '2017-04-31', '2017-00-10', '2017-1-01', '2017-06-06 ', ''])
      expect(isoDayNumber(text)).toBeNull();
  });
  it('formatIsoDate and monthNumber read and write English month names', () => {
    expect(formatIsoDate('2017-06-06')).toBe('6 June 2017');
    expect(formatIsoDate('2017-06')).toBe('June 2017');
    expect(monthNumber(' june ')).toBe(6);
    expect(monthNumber('Source: Police recorded crime')).toBeNull();
  });
});

describe('format', () => {
  it('writes the article’s figures as the dashboard shows them', () => {
    expect(formatRatio(20 / 3.5)).toBe('×5.7');
    expect(formatSigned(16.5)).toBe('+16.5');
    expect(formatSigned(-7, 0)).toBe('−7');
    expect(formatProbability(1.1314262374247224e-9)).toBe('1.1 × 10⁻⁹');
    expect(formatProbability(0.0084)).toBe('0.0084');
    expect(formatCount(6042)).toBe('6,042');
  });
});
