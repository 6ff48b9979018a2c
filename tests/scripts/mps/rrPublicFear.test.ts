import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPARABLE_FROM } from '../../../scripts/data/mps/deriveMonthly';
import { mpsFiles } from '../../../scripts/data/mps/files';
import { rawDataDir } from '../../../scripts/data/rawFiles';
import { simpleLines, simpleSplit } from '../simpleCsv';

// Facts anyone can check in ../shared/data/mps/recorded_crime_borough_historical_2010-04_2024-02.csv, read here
// by a second, simple reader (not the build's parser).
const RAW = 'mps/recorded_crime_borough_historical_2010-04_2024-02.csv';
const CLASS = 'RACE OR RELIGIOUS AGG PUBLIC FEAR';

let loaded: { header: string[]; rows: string[][]; built: string[][]; comparableFrom: unknown };
// Read once per file: the raw files are large, and re-reading them per test is what timed out under load.
beforeAll(() => {
  const [header = [], ...rows] = simpleLines(readFileSync(join(rawDataDir(), RAW), 'utf8')).map(simpleSplit);
  const [file] = mpsFiles();
  loaded = {
    header,
    rows: rows.filter((row) => row[1] === CLASS),
    built: simpleLines(file?.content ?? '').map(simpleSplit),
    comparableFrom: file?.meta.comparableFrom,
  };
});

/** Month `YYYY-MM` → London-wide count, summing every row of the class in the raw file. */
function simpleLondon(): Map<string, number> {
  const { header, rows } = loaded;
  const totals = new Map<string, number>();
  header.slice(3).forEach((yyyymm, at) => {
    const month = `${yyyymm.slice(0, 4)}-${yyyymm.slice(4)}`;
    totals.set(
      month,
      rows.reduce((sum, row) => sum + Number(row[at + 3]), 0),
    );
  });
  return totals;
}

const builtSeries = (area: string) =>
  new Map(loaded.built.filter((row) => row[1] === area).map((row) => [row[0] ?? '', Number(row[2])]));

describe('mps-rr-public-fear-monthly', () => {
  it('the raw file has 34 rows of the class, no explicit total row, and 167 months from 201004 to 202402', () => {
    const { header, rows } = loaded;
    const names = rows.map((row) => row[2] ?? '');
    expect(names).toHaveLength(34);
    expect(new Set(names).size).toBe(34);
    expect(names).toContain('London Heathrow and London City Airports');
    expect(names).toContain('Unknown');
    expect(names.filter((name) => /total|^london$|metropolitan|city of london/i.test(name))).toEqual([]);
    expect([header.length - 3, header[3], header.at(-1)]).toEqual([167, '201004', '202402']);
  });

  it('writes the London total (sum of every row) and then each area, as the simple reader sums them', () => {
    const { built, rows } = loaded;
    expect(built[0]).toEqual(['date', 'area', 'count']);
    expect(builtSeries('London')).toEqual(simpleLondon());
    expect(built.slice(1)).toHaveLength(35 * 167);
    for (const row of rows) {
      const expected = new Map(
        loaded.header.slice(3).map((m, at) => [`${m.slice(0, 4)}-${m.slice(4)}`, Number(row[at + 3])]),
      );
      expect(builtSeries(row[2] ?? '')).toEqual(expected);
    }
  });

  it.each([
    ['2010-04', 34],
    ['2012-03', 99],
    ['2012-04', 194],
    ['2012-05', 327],
    ['2012-07', 409],
    ['2016-07', 1029],
    ['2017-06', 1025],
    ['2024-02', 845],
  ])('London-wide in %s: %i', (month, count) => {
    expect(simpleLondon().get(month)).toBe(count);
    expect(builtSeries('London').get(month)).toBe(count);
  });

  it(`marks the series comparable from ${COMPARABLE_FROM}: every month before is under 60% of any of the next 12`, () => {
    expect(loaded.comparableFrom).toBe('2012-05');
    const london = [...simpleLondon()];
    const start = london.findIndex(([month]) => month === COMPARABLE_FROM);
    const after = london.slice(start).map(([, n]) => n);
    const nextYear = after.slice(0, 12);
    const before = london.slice(0, start).map(([, n]) => n);
    expect(Math.max(...before)).toBe(194);
    expect(Math.max(...before)).toBeLessThan(0.6 * Math.min(...nextYear));
    expect([Math.min(...nextYear), Math.max(...nextYear)]).toEqual([327, 458]);
    expect(Math.min(...after)).toBe(327);
  });
});
