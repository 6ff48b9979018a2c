import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fbiFiles } from '../../../scripts/data/fbi/files';
import { rawDataDir } from '../../../scripts/data/rawFiles';
import { simpleLines, simpleSplit } from '../simpleCsv';
import type { SimpleIncident } from './simpleFbiReader';
import { simpleDailyTallies, simpleFbiIncidents, simpleYearTotals } from './simpleFbiReader';

// Facts anyone can check in ../shared/data/fbi/hate_crime_1991-2023.csv.gz (release of 2024-09-23): the expected
// values come from a second, simple reader of the raw file, never from data/ or the build's parser.
const RAW = 'fbi/hate_crime_1991-2023.csv.gz';

let loaded: { simple: SimpleIncident[]; daily: string[][]; incidents: string[][]; stateYears: string[][] };
// Read once per file: the raw files are large, and re-reading them per test is what timed out under load.
beforeAll(() => {
  const simple = simpleFbiIncidents(gunzipSync(readFileSync(join(rawDataDir(), RAW))).toString('utf8'));
  const files = new Map(fbiFiles().map((f) => [f.path, f.content]));
  const table = (path: string) => simpleLines(files.get(path) ?? '').map(simpleSplit);
  loaded = {
    simple,
    daily: table('fbi-anti-muslim-daily.csv'),
    incidents: table('fbi-anti-muslim-incidents.csv'),
    stateYears: table('fbi-state-year-incidents.csv'),
  };
});

/** Every day from 1991-01-01 to 2023-12-31 with the simple reader's tallies, zero-filled. */
function simpleDailyRows(simple: readonly SimpleIncident[]): string[][] {
  const tallies = simpleDailyTallies(simple);
  const rows: string[][] = [];
  for (
    let day = new Date(Date.UTC(1991, 0, 1));
    day.getUTCFullYear() < 2024;
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    const date = day.toISOString().slice(0, 10);
    const [muslim, all] = tallies.get(date) ?? [0, 0];
    rows.push([date, String(muslim), String(all)]);
  }
  return rows;
}

const buildCount = (daily: string[][], date: string) => Number(daily.find((row) => row[0] === date)?.[1]);

describe('fbi-anti-muslim-daily, from the 2024 release', () => {
  it('fbiFiles() writes, day for day, what the simple reader counts in the raw file', () => {
    const { simple, daily } = loaded;
    expect(simple).toHaveLength(253_776);
    expect(daily[0]).toEqual(['date', 'count', 'all_count']);
    expect(daily.slice(1)).toEqual(simpleDailyRows(simple));
  });

  it('has 12,053 days, 1991-01-01 to 2023-12-31, and counts 253,776 incidents of which 4,613 anti-Muslim', () => {
    const rows = loaded.daily.slice(1);
    expect(rows).toHaveLength(12_053);
    expect([rows[0]?.[0], rows.at(-1)?.[0]]).toEqual(['1991-01-01', '2023-12-31']);
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(253_776);
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(4_613);
  });

  it('the busiest anti-Muslim day of 1991–2023 is 2001-09-12, with 51 incidents', () => {
    const { simple, daily } = loaded;
    const [busiest] = [...simpleDailyTallies(simple)].sort((a, b) => b[1][0] - a[1][0]);
    expect(busiest?.[0]).toBe('2001-09-12');
    expect(busiest?.[1][0]).toBe(51);
    const max = Math.max(...daily.slice(1).map((row) => Number(row[1])));
    expect(daily.filter((row) => Number(row[1]) === max).map((row) => row[0])).toEqual(['2001-09-12']);
  });

  it.each([
    ['1991', 10],
    ['2000', 29],
    ['2001', 499],
    ['2002', 156],
    ['2015', 258],
    ['2016', 315],
    ['2017', 284],
    ['2020', 163],
    ['2023', 266],
  ])('counts %s anti-Muslim incidents in %s', (year, total) => {
    const { simple, daily } = loaded;
    expect(simpleYearTotals(simple)[year]).toBe(total);
    const fromBuild = daily
      .filter((row) => row[0]?.startsWith(year))
      .reduce((sum, row) => sum + Number(row[1]), 0);
    expect(fromBuild).toBe(total);
  });

  it('counts 2, 48, 51, 27, 23, 17, 21, 23, 19, 9, 10 anti-Muslim incidents from 2001-09-10 to 2001-09-20', () => {
    const { simple, daily } = loaded;
    const days = Array.from({ length: 11 }, (_, i) => `2001-09-${String(10 + i)}`);
    const expected = [2, 48, 51, 27, 23, 17, 21, 23, 19, 9, 10];
    const tallies = simpleDailyTallies(simple);
    expect(days.map((day) => tallies.get(day)?.[0] ?? 0)).toEqual(expected);
    expect(days.map((day) => buildCount(daily, day))).toEqual(expected);
  });
});

describe('fbi-anti-muslim-incidents, from the 2024 release', () => {
  it('lists exactly the anti-Muslim incidents of the raw file, by date then id', () => {
    const { simple, incidents } = loaded;
    expect(incidents[0]).toEqual([
      'incident_id',
      'date',
      'state_abbr',
      'offense_name',
      'location_name',
      'victim_count',
      'bias_desc',
      'multiple_bias',
    ]);
    const expected = simple
      .filter((i) => i.antiMuslim)
      .sort((a, b) => (a.date === b.date ? Number(a.id) - Number(b.id) : a.date < b.date ? -1 : 1))
      .map((i) => `${i.id} ${i.date}`);
    expect(incidents.slice(1).map((row) => `${row[0]} ${row[1]}`)).toEqual(expected);
  });

  it('marks 146 of them multi-bias, each naming another bias too', () => {
    const rows = loaded.incidents.slice(1);
    const multi = rows.filter((row) => row[7] === 'true');
    expect(multi).toHaveLength(146);
    expect(multi.every((row) => (row[6] ?? '').split(';').length > 1)).toBe(true);
    expect(rows.filter((row) => row[7] === 'false').every((row) => row[6] === 'Anti-Islamic (Muslim)')).toBe(
      true,
    );
  });
});

describe('fbi-state-year-incidents, from the 2024 release', () => {
  it('writes, for every state of the file and every year 1991–2023, the simple reader’s count of incidents', () => {
    const { simple, stateYears } = loaded;
    const tallies = new Map<string, number>();
    for (const incident of simple) {
      const key = `${incident.state},${incident.date.slice(0, 4)}`;
      tallies.set(key, (tallies.get(key) ?? 0) + 1);
    }
    const states = [...new Set(simple.map((incident) => incident.state))].sort();
    const expected = states.flatMap((state) =>
      Array.from({ length: 33 }, (_, i) => [
        state,
        String(1991 + i),
        String(tallies.get(`${state},${1991 + i}`) ?? 0),
      ]),
    );
    expect(stateYears[0]).toEqual(['state_abbr', 'year', 'all_incidents']);
    expect(stateYears.slice(1)).toEqual(expected);
    // New York's agencies reported 712 hate crime incidents in 2001, none of them anti-Muslim: its zeros before
    // 2003 are reported zeros, not years without reporting, and stay drawn as zeros.
    expect(stateYears.find((row) => row[0] === 'NY' && row[1] === '2001')?.[2]).toBe('712');
    expect(
      simple.some((incident) => incident.state === 'NY' && incident.antiMuslim && incident.date < '2003'),
    ).toBe(false);
  });
});
