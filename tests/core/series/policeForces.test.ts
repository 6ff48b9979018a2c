import { describe, expect, it } from 'vitest';
import {
  dailyAverage,
  forcesAgainstBaseline,
  monthAgainstBaseline,
  type PoliceForce,
} from '../../../src/core/series/policeForces';
import { rateRatioTest } from '../../../src/core/stats/rateRatioTest';

/** A synthetic force (named so): 2016-01 to 2017-08, 10 a month, 40 in June 2017, March 2016 missing if asked. */
function syntheticForce(gap: string | null = null): PoliceForce {
  const months = Array.from({ length: 20 }, (_, i) => {
    const month = `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const muslimCrimes = month === gap ? null : month === '2017-06' ? 40 : 10;
    return { month, hateCrimes: muslimCrimes === null ? null : muslimCrimes * 10, muslimCrimes };
  });
  return { id: 'synthetic', name: 'Synthetic Police', population: 1_000_000, months };
}

describe('monthAgainstBaseline(force, month)', () => {
  it('sets a month against the mean of the 12 before, with the exact rate ratio test', () => {
    const compared = monthAgainstBaseline(syntheticForce(), '2017-06');
    if (compared.kind !== 'ok') throw new Error(compared.reason);
    expect(compared).toMatchObject({ observed: 40, baselineMonths: 12, baselineTotal: 120, expected: 10 });
    expect(compared.test).toEqual(rateRatioTest(40, 1, 120, 12));
    expect(compared.test.ratio).toBe(4);
  });

  it('says why when the month, a baseline month or enough history is missing, never filling in a 0', () => {
    expect(monthAgainstBaseline(syntheticForce('2016-08'), '2017-06')).toEqual({
      kind: 'missing',
      reason: 'Synthetic Police has no Islamophobic count for 2016-08, a baseline month',
    });
    expect(monthAgainstBaseline(syntheticForce('2017-06'), '2017-06')).toEqual({
      kind: 'missing',
      reason: 'Synthetic Police has no Islamophobic count for 2017-06',
    });
    expect(monthAgainstBaseline(syntheticForce(), '2016-11')).toEqual({
      kind: 'missing',
      reason: 'Synthetic Police’s returns start 2016-01: fewer than 12 months before 2016-11',
    });
  });
});

describe('dailyAverage(force, from, to)', () => {
  it('divides the months’ total by their days, and gives nothing over a missing month', () => {
    // January to May 2017: 5 × 10 crimes in 31 + 28 + 31 + 30 + 31 = 151 days.
    expect(dailyAverage(syntheticForce(), '2017-01', '2017-05')).toEqual({
      from: '2017-01',
      to: '2017-05',
      total: 50,
      days: 151,
      perDay: 50 / 151,
    });
    expect(dailyAverage(syntheticForce('2017-03'), '2017-01', '2017-05')).toBeNull();
    expect(dailyAverage(syntheticForce(), '2017-06', '2018-02')).toBeNull();
  });
});

describe('forcesAgainstBaseline(forces, month)', () => {
  it('ranks the forces by their rate ratio, those without a comparison last, with rates per 100,000', () => {
    const high = { ...syntheticForce(), id: 'high', name: 'High Police' };
    const low = {
      ...syntheticForce(),
      id: 'low',
      name: 'Low Police',
      population: null,
      months: syntheticForce().months.map((m) => (m.month === '2017-06' ? { ...m, muslimCrimes: 15 } : m)),
    };
    const gap = { ...syntheticForce('2016-09'), id: 'gap', name: 'Gap Police' };
    const none = {
      ...syntheticForce(),
      id: 'none',
      name: 'Hate Crime Only Police',
      months: syntheticForce().months.map((m) => ({ ...m, muslimCrimes: null })),
    };
    const rows = forcesAgainstBaseline([low, gap, none, high], '2017-06');
    expect(rows.map((r) => r.force.id)).toEqual(['high', 'low', 'gap']);
    expect(rows.map((r) => (r.compared.kind === 'ok' ? r.compared.test.ratio : r.compared.kind))).toEqual([
      4,
      1.5,
      'missing',
    ]);
    expect(rows.map((r) => r.perHundredThousand)).toEqual([4, null, 4]);
  });
});
