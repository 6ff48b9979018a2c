import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/core/figure/types';
import { decodeRows, encodeRows } from '../../../src/features/us-daily/encodeRows';

const value = fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { nil: null });

describe('rows as columns between the series worker and the page', () => {
  it('gives back every row exactly, a missing value null again, never 0 (synthetic rows, seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            period: fc.string(),
            start: fc.string(),
            end: fc.string(),
            x: fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
            value,
            count: value,
            allCount: value,
            expected: value,
            upper: value,
            alarm: fc.option(fc.boolean(), { nil: null }),
            ratio: value,
          }),
          { maxLength: 50 },
        ),
        (rows: FigureRow[]) => {
          const { encoded, transfer } = encodeRows(rows);
          expect(transfer).toHaveLength(8);
          expect(decodeRows(encoded)).toEqual(rows);
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
