import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDayOf } from '../../../src/core/dates';
import { textWidth } from '../../../src/core/figure/font/textWidth';
import { formatValue, groupThousands } from '../../../src/core/figure/labels';
import { TYPE } from '../../../src/core/figure/theme';
import { timeTicks } from '../../../src/core/figure/timeTicks';
import { niceStep, valueTicks } from '../../../src/core/figure/valueTicks';

const iso = (ticks: readonly { value: number }[]) => ticks.map((t) => isoDayOf(t.value));

describe('timeTicks(first, last, width)', () => {
  it('puts years on 1 January over 1991–2023 at 800 px, every 2 years', () => {
    const ticks = timeTicks(dayNumber('1991-01-01'), dayNumber('2023-12-31'), 760);
    expect(ticks.every((t) => isoDayOf(t.value).endsWith('-01-01'))).toBe(true);
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(['1992', '1994', '1996']);
  });

  it('puts months on the 1st, naming the year where it changes, over April 2013 to March 2019', () => {
    const ticks = timeTicks(dayNumber('2013-04-01'), dayNumber('2019-03-31'), 720);
    expect(iso(ticks).every((day) => day.endsWith('-01'))).toBe(true);
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(['Jul 2013', 'Jan 2014', 'Jul']);
  });

  it('puts weekly ticks on Mondays over autumn 2001, the year named on the first', () => {
    const ticks = timeTicks(dayNumber('2001-08-01'), dayNumber('2001-12-31'), 720);
    expect(iso(ticks).every((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(ticks[0]?.label).toBe('6 Aug 2001');
    expect(ticks[1]?.label).toBe('20 Aug');
  });

  it('never lets two labels touch, at any width from 120 to 1,600 px and any span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1991-01-01'), max: dayNumber('2023-01-01') }),
        fc.integer({ min: 2, max: 12_000 }),
        fc.integer({ min: 120, max: 1600 }),
        (first, span, width) => {
          const ticks = timeTicks(first, first + span, width);
          const px = (day: number) => ((day - first) / span) * width;
          for (let i = 1; i < ticks.length; i++) {
            const [a, b] = [ticks[i - 1], ticks[i]] as [
              { value: number; label: string },
              { value: number; label: string },
            ];
            const w = (t: { label: string }) => textWidth(t.label, TYPE.tick.size, TYPE.tick.weight) / 2;
            expect(px(b.value) - w(b)).toBeGreaterThan(px(a.value) + w(a));
          }
          expect(ticks.every((t) => t.value >= first && t.value <= first + span)).toBe(true);
        },
      ),
    );
  });
});

describe('valueTicks(max, target, unit)', () => {
  it.each([
    [51, 4, 'count', [0, 20, 40, 60]],
    [6042, 5, 'count', [0, 2000, 4000, 6000, 8000]],
    [1298, 5, 'count', [0, 500, 1000, 1500]],
    [3, 5, 'count', [0, 1, 2, 3]],
    [0, 5, 'count', [0, 1]],
    [2.6, 5, 'percent', [0, 1, 2, 3]],
    [2.6, 8, 'percent', [0, 0.5, 1, 1.5, 2, 2.5, 3]],
  ] as const)('valueTicks(%d, %d, %s) gives %j', (max, target, unit, values) => {
    const axis = valueTicks(max, target, unit);
    expect(axis.ticks.map((t) => t.value)).toEqual(values);
    expect(axis.domain).toEqual([0, values[values.length - 1]]);
  });

  it('labels counts with thousands separators and shares in per cent', () => {
    expect(valueTicks(6042, 5, 'count').ticks.map((t) => t.label)).toEqual([
      '0',
      '2,000',
      '4,000',
      '6,000',
      '8,000',
    ]);
    expect(
      valueTicks(2.6, 8, 'percent')
        .ticks.map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['0%', '0.5%', '1%']);
  });

  it('niceStep gives 1, 2 or 5 times a power of ten, and whole steps for counts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (max, target) => {
          const step = niceStep(max, target, false);
          const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
          expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
          expect(Number.isInteger(niceStep(max, target, true))).toBe(true);
        },
      ),
    );
  });
});

describe('labels', () => {
  it('groupThousands writes the same digits everywhere, without the locale', () => {
    expect([groupThousands(12053), groupThousands(-1234.5, 1), groupThousands(0.25, 2)]).toEqual([
      '12,053',
      '−1,234.5',
      '0.25',
    ]);
    expect(formatValue(2.456, 'percent')).toBe('2.5%');
  });
});
