import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_US_VIEW } from '../../src/core/view/view';
import { pageQuery } from '../../src/link/pageQuery';
import { linkedPanel, withPageFrame } from '../../src/link/pageLink';
import { parsePage } from '../../src/link/viewQuery';

describe('the page’s address: parsePage(query) and pageQuery(state)', () => {
  it('reads the panel, the US view, the filter switch, London’s area and the force, and names what it cannot use', () => {
    const { state, issues } = parsePage(
      'view=london&us.res=day&us.from=2001-09-01&us.filter=1&area=Camden&us.state=NY&us.method=cusum&force=kent',
    );
    expect(state).toEqual({
      panel: 'london',
      area: 'Camden',
      force: 'kent',
      filterOpen: true,
      us: {
        ...DEFAULT_US_VIEW,
        resolution: 'day',
        from: '2001-09-01',
        method: 'cusum',
        filter: { state: 'NY', offence: null, singleBiasOnly: false },
      },
    });
    expect(issues).toEqual([]);
    const bad = parsePage('view=uk&us.filter=yes&us.single=2&us.res=hour&us.method=magic&area=&force=');
    expect(bad.issues.map((i) => `${i.param}=${i.value}: ${i.message}; ${i.used}`)).toEqual([
      'view=uk: expected one of us, ho, london, police, national, reported, versions; no panel',
      'area=: expected a name of at most 200 characters; London',
      'force=: expected a name of at most 200 characters; london',
      'us.filter=yes: expected 1 or 0; closed',
      'us.res=hour: expected one of day, week, month, year; months',
      'us.method=magic: no such method; no baseline',
      'us.single=2: expected 1 or 0; single- and multi-bias',
    ]);
    expect(bad.state).toEqual({
      panel: null,
      area: 'London',
      force: 'london',
      filterOpen: false,
      us: DEFAULT_US_VIEW,
    });
  });

  it('writes the panel first and only what differs from the defaults, and reads back what it wrote', () => {
    expect(
      pageQuery({ panel: null, area: 'London', force: 'london', filterOpen: false, us: DEFAULT_US_VIEW }),
    ).toBe('');
    const resolutions = fc.constantFrom<'day' | 'week' | 'month' | 'year'>('day', 'week', 'month', 'year');
    const panels = fc.constantFrom('us', 'ho', 'london', 'police', 'national', 'reported', 'versions', null);
    fc.assert(
      fc.property(
        resolutions,
        panels,
        fc.boolean(),
        fc.constantFrom('London', 'Camden'),
        fc.constantFrom('london', 'manchester'),
        (res, panel, open, area, force) => {
          const state = {
            panel,
            area,
            force,
            filterOpen: open,
            us: { ...DEFAULT_US_VIEW, resolution: res },
          } as const;
          const query = pageQuery(state);
          if (panel !== null) expect(query.startsWith(`view=${panel}`)).toBe(true);
          expect(parsePage(query)).toEqual({ state, issues: [] });
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it('rewrites the frame and keeps the US values as they are, bad ones included', () => {
    expect(
      withPageFrame('view=us&us.res=hour&us.filter=1&area=Camden&force=kent', {
        panel: 'london',
        area: 'Hackney',
        force: 'manchester',
        filterOpen: false,
      }),
    ).toBe('view=london&us.res=hour&area=Hackney&force=manchester');
  });
});

describe('linkedPanel(search, hash)', () => {
  it('points at the panel the link names, by view=, by its heading’s hash, by its values, or none', () => {
    expect(linkedPanel('?view=national', '')).toBe('national');
    expect(linkedPanel('', '#london-heading')).toBe('london');
    expect(linkedPanel('?us.res=day', '')).toBe('us');
    expect(linkedPanel('?area=Camden', '')).toBe('london');
    expect(linkedPanel('?force=manchester', '')).toBe('police');
    expect(linkedPanel('', '#police-heading')).toBe('police');
    expect(linkedPanel('?view=uk', '#nowhere')).toBeNull();
    expect(linkedPanel('', '')).toBeNull();
  });
});
