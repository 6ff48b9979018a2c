import { describe, expect, it } from 'vitest';
import { cusum } from '../../../src/core/detection/cusum';
import { earsC } from '../../../src/core/detection/ears';
import { farringtonFlexible } from '../../../src/core/detection/farrington';
import { DETECTION_METHODS, isMethodName, methodNamed, runMethod } from '../../../src/core/detection/methods';
import type { MethodResult } from '../../../src/core/detection/methods';
import { checkParam, describeRange, parseParam, resolveParams } from '../../../src/core/detection/params';
import type { ParamSpec } from '../../../src/core/detection/params';

const counts = [3, 4, 2, 5, null, 3, 1, 2, 20, 4, 3, 2, 6, 1, 0, 2];
const dates = Array.from({ length: counts.length }, (_, i) => `2017-06-${String(i + 1).padStart(2, '0')}`);

function rowsOf(result: MethodResult) {
  if (result.kind !== 'ok') throw new Error(`expected rows, got ${JSON.stringify(result)}`);
  return result.rows;
}

describe('DETECTION_METHODS', () => {
  it('lists the eight methods in picker order', () => {
    expect(DETECTION_METHODS.map((m) => m.name)).toEqual([
      'trailing-mean',
      'trailing-median',
      'same-weekday',
      'ears-c1',
      'ears-c2',
      'ears-c3',
      'farrington',
      'cusum',
    ]);
  });

  it.each(DETECTION_METHODS.flatMap((m) => m.params.map((p) => [m.name, p.name, p] as const)))(
    '%s parameter %s has a label, a description and a default it accepts',
    (_, __, spec) => {
      expect(spec.label.length).toBeGreaterThan(0);
      expect(spec.description.length).toBeGreaterThan(10);
      expect(checkParam(spec, spec.default)).toBeNull();
    },
  );

  it('gives R’s defaults: earsC alpha 0.001 (C1, C2) and 0.025 (C3), baseline 7; algo.cusum k 1.04, h 2.26', () => {
    const defaults = (name: string) =>
      Object.fromEntries((methodNamed(name)?.params ?? []).map((p) => [p.name, p.default]));
    expect(defaults('ears-c1')).toEqual({ baseline: 7, alpha: 0.001, minSigma: 0 });
    expect(defaults('ears-c3')).toEqual({ baseline: 7, alpha: 0.025, minSigma: 0 });
    expect(defaults('cusum')).toEqual({ baseline: 28, k: 1.04, h: 2.26, m: null, trans: 'standard' });
    expect(defaults('farrington')).toMatchObject({
      b: 5,
      w: 3,
      alpha: 0.05,
      reweight: true,
      weightsThreshold: 2.58,
    });
  });

  it('isMethodName(text) accepts only listed names', () => {
    expect(isMethodName('ears-c2')).toBe(true);
    expect(isMethodName('ears-c4')).toBe(false);
  });
});

describe('method.run(counts, dates, params)', () => {
  it('ears-c2 gives the rows earsC gives, with the resolved parameters', () => {
    const result = runMethod('ears-c2', counts, dates, { baseline: 3 });
    expect(result).toMatchObject({
      kind: 'ok',
      method: 'ears-c2',
      params: { baseline: 3, alpha: 0.001, minSigma: 0 },
    });
    const core = earsC({ counts, dates }, { method: 'C2', baseline: 3 });
    expect(rowsOf(result)).toEqual(core.kind === 'ok' ? core.rows : null);
  });

  it('cusum monitors from row baseline + 1, as algo.cusum with range = (baseline + 1):n', () => {
    const rows = rowsOf(runMethod('cusum', counts, dates, { baseline: 4, trans: 'rossi' }));
    const core = cusum({ counts, dates }, { start: 4, trans: 'rossi' });
    expect(rows).toEqual(core.kind === 'ok' ? core.rows : null);
    expect(rows.slice(0, 4).every((row) => row.expected === null)).toBe(true);
    expect(rows[4]?.expected).toBe(3.5);
  });

  it('trailing-mean gives the mean, R’s qpois(0.999, mean) and ppois tail', () => {
    const rows = rowsOf(runMethod('trailing-mean', counts, dates, { window: 3 }));
    expect(rows[3]).toMatchObject({ expected: 3, upper: 10, alarm: false, statistic: 5 / 3 });
    // R 4.2.2: ppois(4, 3, lower.tail = FALSE) = 0.18473675547622787.
    expect(Math.abs((rows[3]?.pValue ?? NaN) / 0.18473675547622787 - 1)).toBeLessThan(1e-12);
    // qpois(0.999, 2) = 8: 20 alarms.
    expect(rows[8]).toMatchObject({ expected: 2, upper: 8, alarm: true, statistic: 10 });
  });

  it('trailing-median gives the median of the window', () => {
    const rows = rowsOf(runMethod('trailing-median', counts, dates, { window: 3 }));
    expect(rows.slice(8, 12).map((row) => row.expected)).toEqual([2, 2, 4, 4]);
  });

  it('same-weekday needs consecutive days', () => {
    expect(runMethod('same-weekday', [1, 2], ['2017-01', '2017-02'])).toMatchObject({
      kind: 'unsuitable-series',
    });
    const rows = rowsOf(runMethod('same-weekday', counts, dates, { weeks: 1 }));
    expect(rows[7]?.expected).toBe(3);
  });

  it('returns invalid-params naming each bad or unknown parameter', () => {
    expect(runMethod('ears-c1', counts, dates, { baseline: 2, window: 3 })).toEqual({
      kind: 'invalid-params',
      issues: [
        { param: 'window', message: 'unknown parameter; this method takes baseline, alpha, minSigma' },
        { param: 'baseline', message: 'expected a whole number >= 3, got 2' },
      ],
    });
  });

  it('returns insufficient-data when the series is shorter than the window', () => {
    expect(runMethod('ears-c3', counts.slice(0, 5), dates.slice(0, 5))).toEqual({
      kind: 'insufficient-data',
      need: 12,
      have: 5,
    });
  });

  it('farrington gives the rows farringtonFlexible gives, from R’s default range start freq * b + w', () => {
    const long = Array.from({ length: 80 }, (_, i) => (i * 7) % 5);
    const longDates = Array.from(
      { length: 80 },
      (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const rows = rowsOf(runMethod('farrington', long, longDates, { b: 3, w: 2 }));
    const core = farringtonFlexible({ counts: long, dates: longDates }, { freq: 12, b: 3, w: 2 });
    expect(rows).toEqual(
      core.rows.map(({ date, observed, expected, upper, alarm, statistic, pValue }) => ({
        date,
        observed,
        expected,
        upper,
        alarm,
        statistic,
        pValue,
      })),
    );
    expect(rows.slice(0, 38).every((row) => row.upper === null)).toBe(true);
    expect(runMethod('farrington', long.slice(0, 20), longDates.slice(0, 20))).toEqual({
      kind: 'insufficient-data',
      need: 64,
      have: 20,
    });
  });

  it('every method is available (a method not ported would return not-available)', () => {
    for (const method of DETECTION_METHODS) {
      const result = method.run(counts, dates);
      if (!method.available) expect(result).toMatchObject({ kind: 'not-available', method: method.name });
      else expect(result.kind).not.toBe('not-available');
    }
  });
});

describe('parameter specs', () => {
  const alpha: ParamSpec = {
    name: 'alpha',
    label: 'Alpha',
    description: 'level',
    type: 'number',
    default: 0.05,
    min: 0,
    max: 1,
    minExclusive: true,
    maxExclusive: true,
  };
  const m: ParamSpec = {
    name: 'm',
    label: 'm',
    description: 'mean',
    type: 'number',
    default: null,
    min: 0,
    nullLabel: 'auto',
  };

  it('describeRange(spec) states the allowed values', () => {
    expect(describeRange(alpha as Extract<ParamSpec, { type: 'number' }>)).toBe('a number > 0 and < 1');
    expect(describeRange(m as Extract<ParamSpec, { type: 'number' }>)).toBe('a number >= 0 (or null: auto)');
  });

  it('parseParam(spec, text) reads numbers, switches, choices and null', () => {
    expect(parseParam(alpha, '0.01')).toEqual({ kind: 'ok', value: 0.01 });
    expect(parseParam(alpha, '1e-3')).toEqual({ kind: 'ok', value: 0.001 });
    expect(parseParam(alpha, '0x1')).toMatchObject({ kind: 'invalid-param', param: 'alpha' });
    expect(parseParam(m, '')).toEqual({ kind: 'ok', value: null });
    expect(parseParam(alpha, '')).toMatchObject({ kind: 'invalid-param' });
    const flag: ParamSpec = { name: 'trend', label: 't', description: 'd', type: 'boolean', default: true };
    expect(parseParam(flag, 'FALSE')).toEqual({ kind: 'ok', value: false });
    expect(parseParam(flag, 'no')).toMatchObject({ kind: 'invalid-param' });
  });

  it('resolveParams(specs, given) fills defaults', () => {
    expect(resolveParams([alpha, m], { m: 2 })).toEqual({ kind: 'ok', values: { alpha: 0.05, m: 2 } });
  });
});
