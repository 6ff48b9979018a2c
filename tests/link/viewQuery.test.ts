import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_US_VIEW } from '../../src/core/view/view';
import { viewQuery } from '../../src/link/formatView';
import { parseView } from '../../src/link/viewQuery';

describe('parseView(query) and viewQuery(view)', () => {
  it('reads every setting of the US view from a link', () => {
    const { view, issues } = parseView(
      'view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31&us.method=ears-c2&us.params=baseline=14;alpha=0.01&us.state=NY&us.single=1',
    );
    expect(issues).toEqual([]);
    expect(view).toEqual({
      view: 'us',
      resolution: 'day',
      measure: 'count',
      from: '2001-08-01',
      to: '2001-12-31',
      method: 'ears-c2',
      params: { baseline: 14, alpha: 0.01 },
      filter: { state: 'NY', offence: null, singleBiasOnly: true },
    });
  });

  it('names every value it cannot use, with what it used instead', () => {
    const { view, issues } = parseView(
      'view=us&us.res=hour&us.from=2001-02-30&us.to=1990-01-01&us.method=ears-c4&us.measure=ratio',
    );
    expect(issues.map((i) => [i.param, i.value, i.used])).toEqual([
      ['us.res', 'hour', 'months'],
      ['us.measure', 'ratio', 'counts'],
      ['us.from', '2001-02-30', '1991-01-01'],
      ['us.to', '1990-01-01', '2023-12-31'],
      ['us.method', 'ears-c4', 'no baseline'],
    ]);
    expect(view).toEqual(DEFAULT_US_VIEW);
    expect(parseView('view=uk').issues[0]).toEqual({
      param: 'view',
      value: 'uk',
      message: 'expected one of us, ho, london, police, national, reported, versions',
      used: 'the US series',
    });
  });

  it('names a parameter out of its own range and keeps its default', () => {
    const { view, issues } = parseView('us.method=ears-c1&us.params=alpha=2;window=3');
    expect(issues.map((i) => i.message)).toEqual([
      'alpha: expected a number >= 1e-12 and <= 0.5, got 2',
      'ears-c1 has no parameter “window”',
    ]);
    expect(view.view === 'us' && view.params).toEqual({});
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(viewQuery(DEFAULT_US_VIEW)).toBe('view=us');
    expect(viewQuery({ view: 'london', area: 'Camden' })).toBe('view=london&area=Camden');
    expect(viewQuery({ view: 'national' })).toBe('view=national');
    expect(viewQuery({ view: 'versions', spike: 'mps-islamophobic-2017-06-06' })).toBe('view=versions');
    expect(viewQuery({ view: 'versions', spike: 'mps-racist-2017-06-06' })).toBe(
      'view=versions&spike=mps-racist-2017-06-06',
    );
    for (const query of ['view=national', 'view=reported', 'view=versions&spike=mps-racist-2017-06-06'])
      expect(viewQuery(parseView(query).view)).toBe(query);
    expect(parseView('view=versions').view).toEqual({
      view: 'versions',
      spike: 'mps-islamophobic-2017-06-06',
    });
    const resolutions = fc.constantFrom<'day' | 'week' | 'month' | 'year'>('day', 'week', 'month', 'year');
    const measures = fc.constantFrom<'count' | 'share'>('count', 'share');
    fc.assert(
      fc.property(resolutions, measures, fc.boolean(), (resolution, measure, single) => {
        const view = {
          ...DEFAULT_US_VIEW,
          resolution,
          measure,
          method: 'cusum' as const,
          params: { k: 0.5 },
          filter: { state: 'CA', offence: null, singleBiasOnly: single },
        };
        expect(parseView(viewQuery(view))).toEqual({ view, issues: [] });
      }),
    );
  });
});
