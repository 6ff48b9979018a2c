import { describe, expect, it } from 'vitest';
import { stateYearCounts } from '../../../scripts/data/fbi/stateYears';

describe('stateYearCounts(incidents)', () => {
  it('gives every state every year of the file, a 0 where a state reported nothing (synthetic incidents)', () => {
    const incidents = [
      { date: '2001-09-12', stateAbbr: 'NY' },
      { date: '2001-10-01', stateAbbr: 'NY' },
      { date: '2003-01-05', stateAbbr: 'HI' },
    ];
    expect(stateYearCounts(incidents)).toEqual([
      { state: 'HI', year: 2001, incidents: 0 },
      { state: 'HI', year: 2002, incidents: 0 },
      { state: 'HI', year: 2003, incidents: 1 },
      { state: 'NY', year: 2001, incidents: 2 },
      { state: 'NY', year: 2002, incidents: 0 },
      { state: 'NY', year: 2003, incidents: 0 },
    ]);
    expect(stateYearCounts([])).toEqual([]);
  });
});
