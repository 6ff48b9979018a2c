import { describe, expect, it } from 'vitest';
import { farringtonWork } from '../../../src/core/detection/farringtonLimits';
import { DETECTION_METHODS, methodNamed, runMethod } from '../../../src/core/detection/methods';
import type { MethodName, MethodResult, ParamValues } from '../../../src/core/detection/methods';
import {
  largestWithinWork,
  seriesShape,
  WORK_LIMIT,
  WORK_REASON,
} from '../../../src/core/detection/paramLimits';
import { dailyDates } from '../../scripts/cli/runCli';

// A synthetic daily series (seeded by its formula, no randomness): 12,053 days like the FBI series, and 400.
const longDates = dailyDates(12_053, '1991-01-01');
const longCounts = longDates.map((_, i) => (i * 7919) % 5);
const shortDates = dailyDates(400, '2017-01-01');
const shortCounts = shortDates.map((_, i) => (i * 31) % 4);

function issuesOf(result: MethodResult) {
  if (result.kind !== 'invalid-params') throw new Error(`expected invalid-params, got ${result.kind}`);
  return result.issues;
}

function run(method: MethodName, params: ParamValues, long = true): MethodResult {
  return long
    ? runMethod(method, longCounts, longDates, params)
    : runMethod(method, shortCounts, shortDates, params);
}

describe('parameter limits on a series (src/core/detection/paramLimits.ts)', () => {
  it('refuses a trailing window longer than the series, naming the parameter, its range and the value', () => {
    expect(issuesOf(run('trailing-mean', { window: 100_000_000 }))).toEqual([
      {
        param: 'window',
        message:
          'expected a whole number >= 1 and <= 12052 (window + guard must leave at least one of the series’ ' +
          '12,053 rows to test), got 100000000',
      },
    ]);
  });

  it('takes window + guard together: each is limited by the other', () => {
    expect(issuesOf(run('trailing-median', { window: 300, guard: 100 }, false))).toEqual([
      {
        param: 'window',
        message: expect.stringContaining('<= 299 (window + guard must leave at least one'),
      },
      { param: 'guard', message: expect.stringContaining('<= 99 (window + guard') },
    ]);
    expect(run('trailing-median', { window: 299, guard: 100 }, false).kind).toBe('ok');
  });

  it('refuses maxMissing that would let a window hold no count', () => {
    expect(issuesOf(run('trailing-mean', { window: 7, maxMissing: 7 }, false))[0]?.message).toBe(
      'expected a whole number >= 0 and <= 6 (a window of 7 must hold at least one count), got 7',
    );
  });

  it('refuses alpha outside [1e-12, 0.5] for every method, 1e-320 included (1 - 1e-320 rounds to 1)', () => {
    for (const method of DETECTION_METHODS.filter((m) => m.params.some((p) => p.name === 'alpha'))) {
      for (const alpha of [1e-320, 0, 0.6, 1]) {
        const issues = issuesOf(method.run(shortCounts, shortDates, { alpha }));
        expect(issues, `${method.name} alpha ${alpha}`).toEqual([
          { param: 'alpha', message: `expected a number >= 1e-12 and <= 0.5, got ${alpha}` },
        ]);
      }
    }
  });

  it('limits same-weekday weeks to the days before the last one', () => {
    expect(issuesOf(run('same-weekday', { weeks: 58 }, false))[0]?.message).toContain(
      '<= 57 (weeks × 7 days must leave at least one of the series’ 400 rows to test), got 58',
    );
    expect(run('same-weekday', { weeks: 57 }, false).kind).toBe('ok');
  });

  it('limits the EARS window by its guard: C1 to n - 1, C2 to n - 3, C3 to n - 5', () => {
    const max = (method: MethodName) => methodNamed(method)?.limitsOn(seriesShape(shortDates)).baseline?.max;
    expect([max('ears-c1'), max('ears-c2'), max('ears-c3')]).toEqual([399, 397, 395]);
    expect(issuesOf(run('ears-c2', { baseline: 398 }, false))[0]?.param).toBe('baseline');
  });

  it('limits the CUSUM reference to leave one row to monitor', () => {
    expect(issuesOf(run('cusum', { baseline: 400 }, false))[0]?.message).toContain('<= 399');
  });

  it('refuses Farrington with freq = 7 and noPeriods = 1000 (R: "Number of factors too big!")', () => {
    expect(issuesOf(run('farrington', { freq: 7, noPeriods: 1000 }))).toEqual([
      {
        param: 'noPeriods',
        message:
          'expected a whole number >= 1 and <= 7 (a cycle of 7 rows has room for at most 7 seasonal levels), got 1000',
      },
    ]);
  });

  it('refuses Farrington settings past the work limit, naming the parameter and the largest value that fits', () => {
    expect(issuesOf(run('farrington', { noPeriods: 10 }))).toEqual([
      { param: 'noPeriods', message: `expected a whole number >= 1 and <= 1 (${WORK_REASON}), got 10` },
    ]);
    const [issue] = issuesOf(run('farrington', { freq: 7, b: 1000 }));
    expect(issue?.param).toBe('b');
    const largest = Number(issue?.message.match(/<= (\d+)/)?.[1]);
    const shape = seriesShape(longDates);
    const work = (b: number) => farringtonWork(shape, { b, w: 3, freq: 7, noPeriods: 1, trend: true });
    expect(work(largest)).toBeLessThanOrEqual(WORK_LIMIT);
    expect(work(largest + 1)).toBeGreaterThan(WORK_LIMIT);
  });

  it('refuses b cycles that reach before the series', () => {
    expect(issuesOf(run('farrington', { b: 2 }, false))[0]?.message).toBe(
      'expected a whole number >= 1 and <= 1 (b = 2 cycles of 365 rows plus w = 3 must fit before the last of ' +
        'the series’ 400 rows), got 2',
    );
  });

  it('names the given parameters together when no one of them alone is past its limit', () => {
    // b = 1000 and w = 1000 on freq 7: lowering either alone cannot bring the fits within the work limit.
    expect(issuesOf(run('farrington', { freq: 7, b: 1000, w: 1000 }))).toEqual([
      { param: 'b, w, freq', message: `these values together: ${WORK_REASON}; lower one of them` },
    ]);
    // b = 100 and w = 40: lowering either alone would do, so both are named, each with its largest value.
    expect(issuesOf(run('farrington', { freq: 7, b: 100, w: 40 })).map((issue) => issue.param)).toEqual([
      'b',
      'w',
    ]);
  });

  it('runs the defaults of every method on the long series: the defaults are always within the limits', () => {
    for (const method of DETECTION_METHODS)
      expect(method.run(longCounts, longDates).kind, method.name).toBe('ok');
  });

  it('leaves a too-short series with default values to insufficient-data, as before', () => {
    expect(run('farrington', {}, false).kind).toBe('insufficient-data');
  });

  it('largestWithinWork(low, high, work) finds the last value within the limit, or null when low is past it', () => {
    expect(largestWithinWork(1, 1000, (v) => v * 1e8)).toBe(100);
    expect(largestWithinWork(1, 50, (v) => v * 1e8)).toBe(50);
    expect(largestWithinWork(3, 10, () => 2 * WORK_LIMIT)).toBeNull();
  });
});
