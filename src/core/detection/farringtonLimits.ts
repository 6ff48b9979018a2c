import { booleanValue, numberValue, requiredNumber } from './methodDefinition';
import type { ParamLimit, ParamLimits, SeriesShape } from './paramLimits';
import type { ParamValues } from './params';
import { largestWithinWork, seriesRows, tighterLimit } from './paramLimits';

/** The settings that decide the size of Farrington's fits. */
interface FitSettings {
  readonly b: number;
  readonly w: number;
  readonly freq: number;
  readonly noPeriods: number;
  readonly trend: boolean;
}

/** Returns Farrington's rows per cycle: the given `freq`, else 12 for months and 365 for days. */
export function farringtonFreq(shape: SeriesShape, freq: number | null): number {
  return freq ?? (shape.monthly ? 12 : 365);
}

/**
 * Returns the estimated steps of a run: one fit per row, each over its reference counts (b windows of 2w + 1
 * rows, or with seasonal levels every row of b cycles) and costing more with each term of the model. Measured on
 * the FBI daily series: about 1 µs a count, plus 0.5 µs a count for each term.
 */
export function farringtonWork(shape: SeriesShape, s: FitSettings): number {
  const counts = s.noPeriods === 1 ? s.b * (2 * s.w + 1) : s.b * s.freq + s.w + 1;
  const terms = 1 + (s.trend ? 1 : 0) + (s.noPeriods - 1);
  return shape.rows * counts * (1000 + 500 * terms);
}

/** Returns the estimated steps of a Farrington run with these (checked) values on a series of this shape. */
export function farringtonRunWork(shape: SeriesShape, values: ParamValues): number {
  return farringtonWork(shape, fitSettings(shape, values));
}

function fitSettings(shape: SeriesShape, values: ParamValues): FitSettings {
  return {
    b: requiredNumber(values, 'b'),
    w: requiredNumber(values, 'w'),
    freq: farringtonFreq(shape, numberValue(values, 'freq')),
    noPeriods: requiredNumber(values, 'noPeriods'),
    trend: booleanValue(values, 'trend'),
  };
}

/** Farrington's limits: b cycles of freq rows plus w must fit in the series, the fits within the work limit. */
export const farringtonLimits: ParamLimits = (shape, values) => {
  const settings = fitSettings(shape, values);
  const { b, w, freq } = settings;
  const history = `b = ${b} cycles of ${freq} rows plus w = ${w} must fit before the last of ${seriesRows(shape)}`;
  const limit = (name: keyof FitSettings, low: number, structural: ParamLimit): ParamLimit =>
    tighterLimit(
      structural,
      largestWithinWork(low, structural.max, (value) =>
        farringtonWork(shape, { ...settings, [name]: value }),
      ),
    );
  return {
    b: limit('b', 1, { max: Math.floor((shape.rows - 1 - w) / freq), why: history }),
    w: limit('w', 0, { max: shape.rows - 1 - b * freq, why: history }),
    freq: limit('freq', 1, { max: Math.floor((shape.rows - 1 - w) / b), why: history }),
    noPeriods: limit('noPeriods', 1, {
      max: freq,
      why: `a cycle of ${freq} rows has room for at most ${freq} seasonal levels`,
    }),
    pastWeeksNotIncluded: { max: b * freq, why: `the reference spans b × freq = ${b * freq} rows` },
  };
};
