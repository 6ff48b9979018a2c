import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DailyCount } from '../../../scripts/data/fbi/deriveDaily';
import { deriveDailyCounts } from '../../../scripts/data/fbi/deriveDaily';
import { parseFbiIncidents } from '../../../scripts/data/fbi/parseIncidents';
import { unzipCsv } from '../../../scripts/data/fbi/readRelease';
import { rawDataDir, readRawFile } from '../../../scripts/data/rawFiles';
import type { SimpleIncident } from './simpleFbiReader';
import { simpleDailyTallies, simpleFbiIncidents, simpleYearTotals } from './simpleFbiReader';

// The 2021 release (hate_crime_1991-2020.csv.zip: upper-case headers, dates like 31-AUG-91, __MACOSX/ entries)
// read by the build's parser, checked against a simple reader and compared with the 2024 release.

/** Anti-Muslim incidents a year, 1991–2020: [year, 2021 release, 2024 release], as the raw files say. */
const YEARLY: readonly (readonly [string, number, number])[] = [
  ['1991', 10, 10],
  ['1992', 15, 15],
  ['1993', 13, 13],
  ['1994', 17, 17],
  ['1995', 29, 29],
  ['1996', 27, 27],
  ['1997', 28, 28],
  ['1998', 21, 21],
  ['1999', 32, 32],
  ['2000', 29, 29],
  ['2001', 499, 499],
  ['2002', 156, 156],
  ['2003', 149, 149],
  ['2004', 158, 158],
  ['2005', 138, 138],
  ['2006', 156, 156],
  ['2007', 115, 115],
  ['2008', 105, 105],
  ['2009', 107, 107],
  ['2010', 160, 160],
  ['2011', 163, 163],
  ['2012', 149, 149],
  ['2013', 140, 140],
  ['2014', 156, 156],
  ['2015', 260, 258], // the difference PROVENANCE.md names
  ['2016', 315, 315],
  ['2017', 283, 284], // differs
  ['2018', 197, 198], // differs
  ['2019', 217, 217],
  ['2020', 159, 163], // differs
];

let loaded: { build: DailyCount[]; simple2021: SimpleIncident[]; simple2024: SimpleIncident[] };
// Read once per file: the raw files are large, and re-reading them per test is what timed out under load.
beforeAll(() => {
  const zip = readRawFile('fbiHateCrime2021');
  const { name, text } = unzipCsv(zip.bytes, zip.path);
  const simpleText = Buffer.from(unzipSync(zip.bytes)['hate_crime.csv'] ?? []).toString('utf8');
  const gz = gunzipSync(readFileSync(join(rawDataDir(), 'fbi/hate_crime_1991-2023.csv.gz'))).toString('utf8');
  expect(name).toBe('hate_crime.csv');
  loaded = {
    build: deriveDailyCounts(parseFbiIncidents(text, `${zip.path}:${name}`)),
    simple2021: simpleFbiIncidents(simpleText),
    simple2024: simpleFbiIncidents(gz),
  };
});

const yearTotals = (daily: readonly DailyCount[]) => {
  const totals: Record<string, number> = {};
  for (const d of daily) totals[d.date.slice(0, 4)] = (totals[d.date.slice(0, 4)] ?? 0) + d.count;
  return totals;
};

describe('the 2021 release (hate_crime_1991-2020.csv.zip)', () => {
  it('parses, skipping __MACOSX/, into 219,577 incidents over 10,958 days, 1991-01-01 to 2020-12-31', () => {
    const { build, simple2021 } = loaded;
    expect(simple2021).toHaveLength(219_577);
    expect(build).toHaveLength(10_958);
    expect([build[0]?.date, build.at(-1)?.date]).toEqual(['1991-01-01', '2020-12-31']);
    expect(build.reduce((sum, d) => sum + d.allCount, 0)).toBe(219_577);
  });

  it('derives, day for day, the daily series the simple reader counts in the zip', () => {
    const { build, simple2021 } = loaded;
    const tallies = simpleDailyTallies(simple2021);
    const mismatches = build.filter((d) => {
      const [muslim, all] = tallies.get(d.date) ?? [0, 0];
      return d.count !== muslim || d.allCount !== all;
    });
    expect(mismatches).toEqual([]);
    expect([...tallies.keys()].every((date) => date >= '1991-01-01' && date <= '2020-12-31')).toBe(true);
  });

  it('counts per year, 1991–2020, what the table says for each release', () => {
    const { build, simple2021, simple2024 } = loaded;
    const expected2021 = Object.fromEntries(YEARLY.map(([year, n2021]) => [year, n2021]));
    const expected2024 = Object.fromEntries(YEARLY.map(([year, , n2024]) => [year, n2024]));
    expect(yearTotals(build)).toEqual(expected2021);
    expect(simpleYearTotals(simple2021)).toEqual(expected2021);
    const totals2024 = simpleYearTotals(simple2024);
    expect(Object.fromEntries(YEARLY.map(([year]) => [year, totals2024[year]]))).toEqual(expected2024);
  });

  it('differs from the 2024 release in 2015 (260 against 258), 2017, 2018 and 2020 only', () => {
    const { build, simple2024 } = loaded;
    const totals2021 = yearTotals(build);
    const totals2024 = simpleYearTotals(simple2024);
    const differing = Object.keys(totals2021).filter((year) => totals2021[year] !== totals2024[year]);
    expect(differing).toEqual(['2015', '2017', '2018', '2020']);
    expect([totals2021['2015'], totals2024['2015']]).toEqual([260, 258]);
  });
});
