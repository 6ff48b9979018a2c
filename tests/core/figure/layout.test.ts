import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/figure/font/textWidth';
import { placeEvents } from '../../../src/core/figure/placeEvents';
import { reduceRows } from '../../../src/core/figure/reduceRows';
import { TYPE } from '../../../src/core/figure/theme';
import type { FigureRow } from '../../../src/core/figure/types';
import { wrapText } from '../../../src/core/figure/wrapText';

const row = (x: number, value: number | null, alarm: boolean | null = null): FigureRow => ({
  period: String(x),
  start: '',
  end: '',
  x,
  value,
  count: value,
  allCount: null,
  expected: null,
  upper: null,
  alarm,
  ratio: null,
});

describe('reduceRows(rows, columns)', () => {
  it('keeps every row when two or fewer share a column', () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(i, i % 7));
    expect(reduceRows(rows, 50)).toEqual({
      drawn: rows.map((r) => expect.objectContaining({ x: r.x })),
      rowsPerColumn: 1,
    });
  });

  it('keeps each column’s lowest and highest value, so the peak of any window survives (synthetic, seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(60), { nil: null, freq: 10 }), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 20, max: 900 }),
        (values, columns) => {
          const rows = values.map((v, i) => row(i, v));
          const { drawn, rowsPerColumn } = reduceRows(rows, columns);
          const peak = Math.max(-1, ...values.map((v) => v ?? -1));
          const drawnPeak = Math.max(-1, ...drawn.map((d) => d.value ?? -1));
          expect(drawnPeak).toBe(peak);
          expect(drawn.length).toBeLessThanOrEqual(
            rowsPerColumn === 1 ? rows.length : 3 * Math.ceil(rows.length / rowsPerColumn),
          );
          // Every gap still breaks the line: a column with a missing value draws one.
          if (values.includes(null)) expect(drawn.some((d) => d.value === null)).toBe(true);
          expect(drawn.map((d) => d.x)).toEqual([...drawn.map((d) => d.x)].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('keeps an alarm in a reduced column', () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row(i, i === 500 ? 3 : i % 2 === 0 ? 5 : 1, i === 500),
    );
    expect(
      reduceRows(rows, 100)
        .drawn.filter((d) => d.alarm)
        .map((d) => d.x),
    ).toEqual([500]);
  });
});

describe('placeEvents(events, left, right, rows)', () => {
  const names = [
    'September 11 attacks',
    'Paris attacks',
    'San Bernardino attack',
    'Christchurch mosque shootings',
    '7 October attacks',
    'EU referendum',
    'Executive Order 13769',
  ];
  it('never lets two labels overprint or leave the plot, however crowded (synthetic positions)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 40, max: 400 }), fc.constantFrom(...names)), {
          minLength: 1,
          maxLength: 14,
        }),
        fc.integer({ min: 1, max: 3 }),
        (events, rows) => {
          const placed = placeEvents(
            events.map(([px, name], i) => ({ id: `e${i}`, date: '2017-06-03', x: px, px, name })),
            40,
            400,
            rows,
          );
          const spans = placed.map((e) => {
            const w = textWidth(e.text, TYPE.event.size, TYPE.event.weight);
            return {
              row: e.row,
              a: e.anchor === 'start' ? e.labelX : e.labelX - w,
              b: e.anchor === 'start' ? e.labelX + w : e.labelX,
            };
          });
          for (const s of spans) {
            expect(s.a).toBeGreaterThanOrEqual(40 - 1e-9);
            expect(s.b).toBeLessThanOrEqual(400 + 1e-9);
          }
          for (let i = 0; i < spans.length; i++)
            for (let j = i + 1; j < spans.length; j++) {
              const [p, q] = [spans[i], spans[j]] as [(typeof spans)[0], (typeof spans)[0]];
              if (p.row === q.row) expect(p.b <= q.a || q.b <= p.a).toBe(true);
            }
          // A shortened or numbered label still names its event: the key or the full name travels with it.
          for (const e of placed)
            expect(e.key !== null || e.text === e.name || e.text.endsWith('…')).toBe(true);
        },
      ),
    );
  });

  it('staggers neighbours into rows, then numbers them for the key, in a row of their own when no row has room', () => {
    const events = [
      'Westminster attack',
      'Manchester Arena attack',
      'London Bridge attack',
      'Finsbury Park attack',
    ].map((name, i) => ({ id: String(i), date: '2017', x: 0, px: 300 + i * 6, name }));
    const placed = placeEvents(events, 0, 700, 3);
    expect(placed.map((e) => [e.row, e.text])).toEqual([
      [0, 'Westminster attack'],
      [1, 'Manchester Arena attack'],
      [2, 'London Bridge attack'],
      [3, '1'],
    ]);
    expect(placed[3]?.key).toBe(1);
  });
});

describe('wrapText(text, width, size, weight)', () => {
  it('breaks at spaces into lines no wider than the width', () => {
    const text =
      'Incidents by the day they happened; agencies report voluntarily, in numbers that change by year.';
    const lines = wrapText(text, 200, 13, 400);
    expect(lines.join(' ')).toBe(text);
    expect(lines.every((line) => textWidth(line, 13, 400) <= 200)).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
  });
});
