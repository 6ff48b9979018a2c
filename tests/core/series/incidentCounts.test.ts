import { describe, expect, it } from 'vitest';
import { countIncidentsByDay, matchesFilter, valueCounts } from '../../../src/core/series/incidentCounts';

const incidents = [
  { date: '2001-09-11', state: 'NY', offences: ['Intimidation'], multipleBias: false },
  { date: '2001-09-11', state: 'CA', offences: ['Simple Assault', 'Intimidation'], multipleBias: true },
  { date: '2001-09-13', state: 'NY', offences: ['Arson'], multipleBias: false },
];
const ANY = { state: null, offence: null, singleBiasOnly: false };

describe('countIncidentsByDay(days, incidents, filter)', () => {
  it('counts the incidents that pass the filter on every given day, zero-filled, with no total', () => {
    const days = ['2001-09-11', '2001-09-12', '2001-09-13'];
    expect(countIncidentsByDay(days, incidents, ANY).map((d) => d.count)).toEqual([2, 0, 1]);
    expect(countIncidentsByDay(days, incidents, { ...ANY, state: 'NY' }).map((d) => d.count)).toEqual([
      1, 0, 1,
    ]);
    expect(
      countIncidentsByDay(days, incidents, { ...ANY, offence: 'Intimidation' }).map((d) => d.count),
    ).toEqual([2, 0, 0]);
    expect(
      countIncidentsByDay(days, incidents, { ...ANY, singleBiasOnly: true }).map((d) => d.count),
    ).toEqual([1, 0, 1]);
    expect(countIncidentsByDay(days, incidents, ANY).every((d) => d.allCount === null)).toBe(true);
  });
  it('matchesFilter matches an offence anywhere in the incident’s list', () => {
    expect(
      matchesFilter(incidents[1] as (typeof incidents)[number], { ...ANY, offence: 'Intimidation' }),
    ).toBe(true);
  });
  it('valueCounts orders values by count, then by name', () => {
    expect(valueCounts(['NY', 'CA', 'NY', 'AL', 'CA'])).toEqual([
      { value: 'CA', count: 2 },
      { value: 'NY', count: 2 },
      { value: 'AL', count: 1 },
    ]);
  });
});
