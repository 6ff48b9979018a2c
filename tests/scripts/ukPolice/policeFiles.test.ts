import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DerivedFile } from '../../../scripts/data/resource';
import {
  RAW_FILES,
  rawDataDir,
  readRawFile,
  UK_POLICE_REPORTS,
  ukPoliceReportKey,
} from '../../../scripts/data/rawFiles';
import { POLICE_FORCES } from '../../../scripts/data/ukPolice/forces';
import { ukPoliceFiles } from '../../../scripts/data/ukPolice/files';
import type { SimpleForce } from './simplePoliceReader';
import { simplePoliceForces, simpleRange } from './simplePoliceReader';
import { simpleLines, simpleSplit } from '../simpleCsv';

// Facts anyone can check in ../shared/data/uk-police-foi/: the expected values come from a second, simple reader of
// the raw files (simplePoliceReader.ts), never from the build's parser.

let loaded: { simple: SimpleForce[]; monthly: DerivedFile; forces: DerivedFile };
beforeAll(() => {
  const [monthly, forces] = ukPoliceFiles();
  if (monthly === undefined || forces === undefined) throw new Error('ukPoliceFiles() wrote no file');
  loaded = { simple: simplePoliceForces(rawDataDir()), monthly, forces };
});

const table = (file: DerivedFile) =>
  file.content
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));

const cell = (n: number | null) => (n === null ? '' : String(n));

/** The simple reader's counts of one force, every month of its range, a month it has no row for as nulls. */
function simpleSeries(id: string): { month: string; hate: number | null; muslim: number | null }[] {
  const force = loaded.simple.find((f) => f.id === id);
  if (force === undefined) throw new Error(`simple reader: no force ${id}`);
  return simpleRange(force).map((month) => ({
    month,
    hate: force.months.get(month)?.hate ?? null,
    muslim: force.months.get(month)?.muslim ?? null,
  }));
}

/** The build's counts of one force, month → [hate_crimes, muslim_crimes] as written (empty when missing). */
const built = (id: string) =>
  new Map(
    table(loaded.monthly)
      .filter((row) => row[0] === id)
      .map((row) => [row[1] ?? '', [row[2] ?? '', row[3] ?? '']] as const),
  );

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((total, n) => total + (n ?? NaN), 0);

const muslimOver = (id: string, from: string, to: string) =>
  simpleSeries(id)
    .filter((m) => m.month >= from && m.month <= to)
    .map((m) => m.muslim);

const builtMuslimOver = (id: string, from: string, to: string) =>
  [...built(id)].filter(([month]) => month >= from && month <= to).map(([, counts]) => Number(counts[1]));

describe('the raw files of uk-police-foi/', () => {
  it('registers every file of police-reports/ with its checksum, and gives each one force', () => {
    const files = readdirSync(join(rawDataDir(), 'uk-police-foi/police-reports')).sort();
    expect(files).toHaveLength(28);
    expect(Object.keys(UK_POLICE_REPORTS).sort()).toEqual(files);
    expect(POLICE_FORCES.map((f) => f.file).sort()).toEqual(files);
    expect(new Set(POLICE_FORCES.map((f) => f.id)).size).toBe(28);
    for (const spec of POLICE_FORCES) {
      const raw = readRawFile(ukPoliceReportKey(spec.file));
      expect(raw.path).toBe(`uk-police-foi/police-reports/${spec.file}`);
      expect(raw.sha256).toBe(UK_POLICE_REPORTS[spec.file]);
    }
    expect(readRawFile('ukPolicePopulation').sha256).toBe(RAW_FILES.ukPolicePopulation.sha256);
  });

  it('fails on a changed police file, naming it and the field sha256', () => {
    const { path } = RAW_FILES['ukPoliceReport:london_clean.csv'];
    const dir = mkdtempSync(join(tmpdir(), 'backlash-raw-'));
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), readFileSync(join(rawDataDir(), path), 'utf8').replace(',367,', ',368,'));
    expect(() => readRawFile(ukPoliceReportKey('london_clean.csv'), dir)).toThrow(
      /^uk-police-foi\/police-reports\/london_clean\.csv, field sha256: checksum changed: expected 24f8032c/,
    );
  });

  it('names each force from its file: ids are county values with hyphens, west_marcia written west-mercia', () => {
    for (const spec of POLICE_FORCES) {
      const expected = spec.county === 'west_marcia' ? 'west-mercia' : spec.county.replaceAll('_', '-');
      expect(spec.id).toBe(expected);
    }
    expect(POLICE_FORCES.find((f) => f.id === 'cheshire')?.file).toBe('chesire_clean.csv');
    expect(POLICE_FORCES.filter((f) => f.file.endsWith('_crimes_clean.csv')).map((f) => f.id)).toEqual([
      'warwickshire',
      'west-mercia',
    ]);
  });
});

describe('uk-police-monthly.csv', () => {
  it('writes, for every force and every month of its range, what the simple reader reads in the raw files', () => {
    const expected = loaded.simple.flatMap((force) =>
      simpleSeries(force.id).map((m) => [force.id, m.month, cell(m.hate), cell(m.muslim)]),
    );
    const [header, ...rows] = table(loaded.monthly);
    expect(header).toEqual(['force', 'month', 'hate_crimes', 'muslim_crimes']);
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(1_154); // 1,134 rows in the 28 files and 20 months they do not give
  });

  it('writes London from 2015-01 to 2018-08, 44 months, none missing', () => {
    const london = built('london');
    expect(london.size).toBe(44);
    expect([[...london.keys()][0], [...london.keys()].at(-1)]).toEqual(['2015-01', '2018-08']);
    expect([...london.values()].every(([hate, muslim]) => hate !== '' && muslim !== '')).toBe(true);
  });

  it('leaves Thames Valley’s muslim_crimes empty in every month (its file has no such column), never 0', () => {
    const thamesValley = [...built('thames-valley').values()];
    expect(thamesValley).toHaveLength(40);
    expect(thamesValley.every(([hate, muslim]) => hate !== '' && muslim === '')).toBe(true);
  });

  it('leaves months a return does not give empty, never 0: Cleveland (14), Hertfordshire (4), Lancashire, Cambridgeshire', () => {
    expect(built('cleveland').get('2015-03')).toEqual(['', '']);
    expect(built('cambridgeshire').get('2016-09')).toEqual(['', '']);
    expect(built('lancashire').get('2015-02')).toEqual(['', '']);
    expect(built('hertfordshire').get('2015-02')).toEqual(['', '']);
    // NA and empty cells are missing too: Hampshire's last two months, Derbyshire's empty muslim_crimes.
    expect(built('hampshire').get('2018-05')).toEqual(['', '']);
    expect(built('derbyshire').get('2015-01')).toEqual(['35', '']);
    expect(built('bedfordshire').get('2015-01')).toEqual(['69', '0']);
  });

  it('puts rows given out of date order (derbyshire, durham, warwickshire…) in order', () => {
    expect([...built('derbyshire').keys()].slice(0, 3)).toEqual(['2015-01', '2015-02', '2015-03']);
    expect(built('derbyshire').get('2015-11')).toEqual(['39', '2']);
    expect([...built('warwickshire').keys()].slice(0, 2)).toEqual(['2010-04', '2010-05']);
    expect(built('warwickshire').get('2010-05')).toEqual(['40', '']);
  });
});

describe('uk-police-forces.csv', () => {
  it('writes each force’s population, range and months missing as the simple reader finds them', () => {
    const [header, ...rows] = table(loaded.forces);
    expect(header).toEqual(['force', 'name', 'population', 'first_month', 'last_month', 'months_missing']);
    const expected = loaded.simple.map((force) => {
      const range = simpleRange(force);
      return [
        force.id,
        cell(force.population),
        range[0],
        range.at(-1),
        String(range.filter((m) => !force.months.has(m)).length),
      ];
    });
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[5]])).toEqual(expected);
  });

  it('names each force as it calls itself', () => {
    const names = new Map(table(loaded.forces).map((row) => [row[0], row[1]]));
    expect(names.get('london')).toBe('Metropolitan Police Service');
    expect(names.get('manchester')).toBe('Greater Manchester Police');
    expect(names.get('thames-valley')).toBe('Thames Valley Police');
    expect(names.get('west-mercia')).toBe('West Mercia Police');
    expect(names.get('cheshire')).toBe('Cheshire Constabulary');
    expect(names.get('avon-somerset')).toBe('Avon and Somerset Constabulary');
  });

  it.each([
    ['london', '8000000', '2015-01', '2018-08', '0'],
    ['manchester', '2700000', '2015-01', '2018-04', '0'],
    ['cheshire', '1030000', '2014-04', '2017-03', '0'],
    ['west-mercia', '1190000', '2010-04', '2018-03', '0'],
    ['warwickshire', '554002', '2010-04', '2018-03', '0'],
    ['cambridgeshire', '700000', '2016-05', '2017-11', '1'],
    ['surrey', '1067200', '2016-08', '2018-04', '0'],
    ['west-yorkshire', '2108000', '2017-05', '2018-04', '0'],
    ['cleveland', '554000', '2015-01', '2018-04', '14'],
  ])('%s: population %s, %s to %s, %s months missing', (id, ...expected) => {
    const row = table(loaded.forces).find((r) => r[0] === id);
    expect(row?.slice(2)).toEqual(expected);
  });
});

describe('published figures, from the simple reader and from uk-police-monthly.csv', () => {
  it('London, February 2016 to January 2017: 1,205 Islamophobic crimes, MOPAC’s rolling year', () => {
    expect(sum(muslimOver('london', '2016-02', '2017-01'))).toBe(1_205);
    expect(sum(builtMuslimOver('london', '2016-02', '2017-01'))).toBe(1_205);
  });

  it('London, February 2017 to January 2018: 1,681 (MOPAC reported 1,678)', () => {
    expect(sum(muslimOver('london', '2017-02', '2018-01'))).toBe(1_681);
    expect(sum(builtMuslimOver('london', '2017-02', '2018-01'))).toBe(1_681);
  });

  it.each([
    ['london', '2015-06', 69],
    ['london', '2017-06', 367],
    ['manchester', '2017-05', 120],
    ['manchester', '2017-06', 151],
  ])('%s, %s: %i Islamophobic crimes', (id, month, count) => {
    expect(muslimOver(id, month, month)).toEqual([count]);
    expect(built(id).get(month)?.[1]).toBe(String(count));
  });

  it('London, January to May 2017: 540 over 151 days, 3.58 a day', () => {
    const days = (Date.UTC(2017, 5, 1) - Date.UTC(2017, 0, 1)) / 86_400_000;
    expect(days).toBe(151);
    expect(sum(muslimOver('london', '2017-01', '2017-05'))).toBe(540);
    const perDay = sum(builtMuslimOver('london', '2017-01', '2017-05')) / days;
    expect(perDay.toFixed(2)).toBe('3.58');
  });
});

describe('what the caveats say of the series, checked against the simple reader', () => {
  const hate = (id: string) => simpleSeries(id).flatMap((m) => (m.hate === null ? [] : [m.hate]));
  const range = (id: string) => [Math.min(...hate(id)), Math.max(...hate(id))];

  it('Thames Valley’s hate_crimes are 27 to 31, never more than the days of the month and at most 2 fewer', () => {
    const months = simpleSeries('thames-valley');
    expect(range('thames-valley')).toEqual([27, 31]);
    for (const m of months) {
      const [year, month] = m.month.split('-').map(Number) as [number, number];
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      expect(days - (m.hate ?? NaN)).toBeGreaterThanOrEqual(0);
      expect(days - (m.hate ?? NaN)).toBeLessThanOrEqual(2);
    }
  });

  it('Dorset 0–7, Cleveland 1–5, Hertfordshire 1–12, Surrey 1–18; April 2017 to March 2018 sums 39, 16, 68', () => {
    expect([range('dorset'), range('cleveland'), range('hertfordshire'), range('surrey')]).toEqual([
      [0, 7],
      [1, 5],
      [1, 12],
      [1, 18],
    ]);
    const year = (id: string) =>
      simpleSeries(id).filter((m) => m.month >= '2017-04' && m.month <= '2018-03' && m.hate !== null);
    expect(['dorset', 'cleveland', 'hertfordshire'].map((id) => sum(year(id).map((m) => m.hate)))).toEqual([
      39, 16, 68,
    ]);
    expect(year('cleveland')).toHaveLength(10);
  });

  it('the Home Office counts 564, 878 and 1,468 hate crimes for Dorset, Cleveland, Hertfordshire in 2017/18, 23, 19, 66 religious', () => {
    // ../shared/data/bbc/: the Home Office's force tables as compiled by the BBC Data Unit (not read by the build).
    const [header = [], ...rows] = simpleLines(
      readFileSync(join(rawDataDir(), 'bbc/bbc_hate_crime_by_force_2017-18_2018-19.csv'), 'utf8'),
    ).map(simpleSplit);
    const [total, religion] = ['Total number of offences', 'Total Religion'].map((name) =>
      header.indexOf(name),
    );
    const figures = ['Dorset', 'Cleveland', 'Hertfordshire'].map((force) => {
      const row = rows.find((r) => r[0] === force && r[1] === '2017-18') ?? [];
      return [Number(row[total ?? -1]), Number(row[religion ?? -1])];
    });
    expect(figures).toEqual([
      [564, 23],
      [878, 19],
      [1468, 66],
    ]);
  });

  it('Derbyshire’s muslim_crimes are empty in 25 of 41 months and 1 or 2 in the others', () => {
    const muslim = simpleSeries('derbyshire').map((m) => m.muslim);
    expect(muslim).toHaveLength(41);
    expect(muslim.filter((n) => n === null)).toHaveLength(25);
    expect(new Set(muslim.filter((n) => n !== null))).toEqual(new Set([1, 2]));
  });

  it('Lancashire: 1 and 5 in January and March 2015, no February, 36 or more after; South Yorkshire: 22 in December 2017', () => {
    const lancashire = simpleSeries('lancashire');
    expect(lancashire.slice(0, 3).map((m) => m.hate)).toEqual([1, null, 5]);
    expect(Math.min(...lancashire.slice(3).map((m) => m.hate ?? NaN))).toBe(36);
    const south = simpleSeries('south-yorkshire').filter((m) => m.month >= '2017-11' && m.month <= '2018-01');
    expect(south.map((m) => m.hate)).toEqual([173, 22, 152]);
  });

  it('Islamophobic counts come from 10 forces; Cambridgeshire and West Midlands give no hate_crimes', () => {
    const withMuslim = loaded.simple.filter((f) => [...f.months.values()].some((m) => m.muslim !== null));
    expect(withMuslim.map((f) => f.id)).toEqual([
      'bedfordshire',
      'cambridgeshire',
      'derbyshire',
      'durham',
      'kent',
      'lancashire',
      'leicestershire',
      'london',
      'manchester',
      'west-midlands',
    ]);
    const noHate = loaded.simple.filter((f) => [...f.months.values()].every((m) => m.hate === null));
    expect(noHate.map((f) => f.id)).toEqual(['cambridgeshire', 'west-midlands']);
  });
});

describe('the resources’ metadata', () => {
  it('describes both files: schema fields, source, licence, caveats and every raw file with its SHA-256', () => {
    const { monthly, forces } = loaded;
    expect(monthly.meta.schema?.fields.map((f) => f.name)).toEqual([
      'force',
      'month',
      'hate_crimes',
      'muslim_crimes',
    ]);
    expect(forces.meta.schema?.fields.map((f) => f.name)).toEqual([
      'force',
      'name',
      'population',
      'first_month',
      'last_month',
      'months_missing',
    ]);
    for (const file of [monthly, forces]) {
      expect(file.meta.sources.map((s) => s.id)).toEqual(['uk-police-foi-salah']);
      expect(file.meta.licenses.map((l) => l.title)).toEqual(['CC0 1.0 (Dataverse default; not verified)']);
      expect(file.meta.caveats.some((c) => c.includes('compare a force with itself over time'))).toBe(true);
      expect(file.meta.caveats.some((c) => c.includes('month the crime was recorded'))).toBe(true);
      expect(file.meta.schema?.fields.every((f) => (f.description ?? '') !== '')).toBe(true);
    }
    const reports = POLICE_FORCES.map((spec) => `uk-police-foi/police-reports/${spec.file}`).sort();
    expect(monthly.meta.derivedFrom.map((d) => d.path).sort()).toEqual(reports);
    expect(forces.meta.derivedFrom.map((d) => d.path).sort()).toEqual(
      [...reports, 'uk-police-foi/police-area-population.csv'].sort(),
    );
    for (const entry of forces.meta.derivedFrom) {
      const raw = readFileSync(join(rawDataDir(), entry.path));
      const registered = Object.values(RAW_FILES).find((f) => f.path === entry.path);
      expect(entry.sha256).toBe(registered?.sha256);
      expect(entry.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
      expect(entry.publishedAt).toContain('10.7910/DVN/2JKWNS');
    }
  });
});
