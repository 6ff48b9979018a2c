import { describe, expect, it } from 'vitest';
import { DETECTION_METHODS, runMethod } from '../../../src/core/detection/methods';
import { dailyDates } from '../../scripts/cli/runCli';

// A synthetic daily series (deterministic, no randomness): 2,600 days, a weekly rhythm and a spike; Farrington's
// five years back fit in it.
const dates = dailyDates(2_600, '2010-01-01');
const counts = dates.map((_, i) => (i === 2_500 ? 30 : 2 + ((i * 7919) % 5) + (i % 7 === 0 ? 3 : 0)));

describe('runMethod without p-values', () => {
  it.each(DETECTION_METHODS.map((method) => method.name))(
    '%s gives the same rows with every p-value null',
    (name) => {
      const full = runMethod(name, counts, dates, {});
      const lean = runMethod(name, counts, dates, {}, { pValues: false });
      if (full.kind !== 'ok' || lean.kind !== 'ok') throw new Error(`${name} did not run`);
      // CUSUM gives a statistic and no p-value; every other method gives both.
      expect(full.rows.some((row) => row.pValue !== null)).toBe(name !== 'cusum');
      expect(lean.rows.every((row) => row.pValue === null)).toBe(true);
      expect(lean.rows).toEqual(full.rows.map((row) => ({ ...row, pValue: null })));
    },
  );
});
