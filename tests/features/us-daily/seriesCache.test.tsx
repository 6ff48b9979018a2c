import { describe, expect, it } from 'vitest';
import { DEFAULT_US_VIEW, type UsView } from '../../../src/core/view/view';
import {
  cachedSeries,
  type ComputedSeries,
  keepSeries,
  seriesKey,
} from '../../../src/features/us-daily/seriesCache';

const view = (method: UsView['method']): UsView => ({ ...DEFAULT_US_VIEW, method });
const computed = (v: UsView): ComputedSeries => ({ series: null, view: v, error: `for ${v.method}` });

describe('the series kept for views already computed', () => {
  it('keeps the six most recently used series of a data set, and none of another', () => {
    const data = {};
    const methods = ['ears-c1', 'ears-c2', 'ears-c3', 'cusum', 'trailing-mean', 'trailing-median'] as const;
    for (const method of methods) keepSeries(data, seriesKey(view(method)), computed(view(method)));
    // Using the oldest makes it the newest: the next one kept pushes out ears-c2 instead.
    expect(cachedSeries(data, seriesKey(view('ears-c1')))?.error).toBe('for ears-c1');
    keepSeries(data, seriesKey(view('farrington')), computed(view('farrington')));
    expect(cachedSeries(data, seriesKey(view('ears-c2')))).toBeUndefined();
    expect(cachedSeries(data, seriesKey(view('ears-c1')))?.error).toBe('for ears-c1');
    expect(cachedSeries(data, seriesKey(view('farrington')))?.error).toBe('for farrington');
    expect(cachedSeries({}, seriesKey(view('farrington')))).toBeUndefined();
  });

  it('tells views apart by every setting, parameters and filter included', () => {
    const base = view('ears-c2');
    const keys = new Set([
      seriesKey(base),
      seriesKey({ ...base, params: { baseline: 14 } }),
      seriesKey({ ...base, resolution: 'week' }),
      seriesKey({ ...base, filter: { ...base.filter, state: 'NY' } }),
    ]);
    expect(keys.size).toBe(4);
  });
});
