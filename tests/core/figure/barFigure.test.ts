import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BarSpec, barFigure, scaleBar } from '../../../src/core/figure/barFigure';
import { textWidth } from '../../../src/core/figure/font/textWidth';
import { barReadout } from '../../../src/core/figure/readout';
import { TYPE } from '../../../src/core/figure/theme';

/** A synthetic bar spec (test data, not a source's figures). */
const spec = (values: readonly (number | null)[], labels?: readonly string[]): BarSpec => ({
  view: 'synthetic',
  title: 'Synthetic bars',
  subtitle: 'Test data',
  valueTitle: 'Things counted',
  bars: values.map((value, i) => ({ id: `b${i}`, label: labels?.[i] ?? `Bar number ${i + 1}`, value })),
  reference: { value: 171, label: 'Average: 171 a day', name: 'the average' },
  columns: [],
  rows: [],
  notes: [],
  sources: [],
  caveats: [],
  dataVersion: 'sha256:0123456789abcdef',
  link: 'https://backlash.example/?view=synthetic',
});

describe('barFigure(spec, size)', () => {
  it('lays the national comparison’s numbers out at 800 px: ticks to 400, bars to scale, values inside', () => {
    const figure = barFigure(spec([234, 273, 319, 223]), { width: 800 });
    expect(figure.value.ticks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400']);
    expect(figure.value.domain).toEqual([0, 400]);
    const [first, , third] = figure.bars;
    expect(first?.bar.x).toBe(figure.plot.x);
    expect(first?.bar.width).toBeCloseTo((234 / 400) * figure.plot.width, 1);
    expect(third?.valueText).toMatchObject({ text: '319', anchor: 'end', inside: true });
    expect(figure.reference?.x).toBeCloseTo(scaleBar(figure, 171), 2);
    expect(figure.summary).toBe(
      'Synthetic bars: things counted. Bar number 1: 234; Bar number 2: 273; Bar number 3: 319; Bar number 4: 223. Average: 171 a day.',
    );
  });

  it('prints a value not reported as such, with no bar, and never as 0', () => {
    const figure = barFigure(spec([12, null]), { width: 400 });
    expect(figure.bars[1]).toMatchObject({ value: null, bar: { width: 0 } });
    expect(figure.bars[1]?.valueText).toMatchObject({ text: 'not reported', inside: false, anchor: 'start' });
    const missing = { id: 'b1', label: 'Bar number 2', value: null };
    expect(barReadout(spec([12, null]), missing)).toBe('Bar number 2: not reported');
    const twice = { id: 'b0', label: 'Bar number 1', value: 342 };
    expect(barReadout(spec([342]), twice)).toBe('Bar number 1: 342, 2 times the average');
  });

  it('keeps every text inside the figure and every bar in its own band, at any width (synthetic, seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 8 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 280, max: 1600 }),
        fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 8, maxLength: 8 }),
        (values, width, labels) => {
          const figure = barFigure(
            spec(
              values,
              labels.map((l) => `${l} attack`),
            ),
            { width },
          );
          const right = figure.width;
          for (const [i, bar] of figure.bars.entries()) {
            const bandTop = figure.plot.y + i * figure.band.height;
            expect(bar.bar.y).toBeGreaterThanOrEqual(bandTop);
            expect(bar.bar.y + bar.bar.height).toBeLessThanOrEqual(bandTop + figure.band.height);
            // Labels sit above their bar, in the band.
            for (const line of bar.label) {
              expect(line.y).toBeGreaterThan(bandTop);
              expect(line.y).toBeLessThanOrEqual(bar.bar.y);
            }
            const valueWidth = textWidth(bar.valueText.text, TYPE.tick.size, 600);
            const left = bar.valueText.anchor === 'end' ? bar.valueText.x - valueWidth : bar.valueText.x;
            expect(left).toBeGreaterThanOrEqual(bar.bar.x - 0.01);
            expect(left + valueWidth).toBeLessThanOrEqual(right);
            if (bar.valueText.inside) expect(left).toBeGreaterThanOrEqual(bar.bar.x);
          }
          const label = figure.reference?.label;
          if (label !== undefined) {
            const w = textWidth(label.text, TYPE.event.size, 400);
            const left = label.anchor === 'end' ? label.x - w : label.x;
            expect(left).toBeGreaterThanOrEqual(0);
            expect(left + w).toBeLessThanOrEqual(right);
          }
        },
      ),
      { seed: 20261125, numRuns: 200 },
    );
  });
});
