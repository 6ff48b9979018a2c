import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/data/dataFileError';
import type { DataReader } from '../../src/data/dataReader';
import { readDataPackage } from '../../src/data/readers/dataPackage';
import { readPoliceForces, type PoliceForces } from '../../src/data/readers/policeForces';
import type { DataPackage } from '../../src/data/schemas/dataPackage';

// The shipped files of data/, read as the page reads them: through datapackage.json.
const DATA = resolve('data');
const fromDisk: DataReader = (name) => readFile(join(DATA, name), 'utf8');

let dataPackage: DataPackage;
let shipped: PoliceForces;
let monthlyText: string;
let forcesText: string;
beforeAll(async () => {
  dataPackage = await readDataPackage(fromDisk);
  shipped = await readPoliceForces(dataPackage, fromDisk);
  monthlyText = await fromDisk('uk-police-monthly.csv');
  forcesText = await fromDisk('uk-police-forces.csv');
});

const force = (id: string) => {
  const found = shipped.forces.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no force ${id}`);
  return found;
};

/** A reader that serves the shipped files, one of them changed. */
const changed =
  (name: string, change: (text: string) => string): DataReader =>
  async (file) =>
    file === name ? change(await fromDisk(file)) : fromDisk(file);

/** The 1-based data row (the header is row 0) of a line of a CSV text. */
const rowOf = (text: string, line: string) => text.split('\n').indexOf(line);

async function failure(read: DataReader): Promise<DataFileError> {
  try {
    await readPoliceForces(dataPackage, read);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('readPoliceForces(dataPackage, read), on the shipped data/', () => {
  it('reads 28 forces, sorted by id, each with every month of its range', () => {
    expect(shipped.forces).toHaveLength(28);
    const ids = shipped.forces.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('west-mercia');
  });

  it('reads London: the Metropolitan Police Service, 44 months 2015-01 to 2018-08, 367 in June 2017', () => {
    const london = force('london');
    expect(london.name).toBe('Metropolitan Police Service');
    expect(london.population).toBe(8_000_000);
    expect(london.months).toHaveLength(44);
    expect([london.months[0]?.month, london.months.at(-1)?.month]).toEqual(['2015-01', '2018-08']);
    expect(london.months.find((m) => m.month === '2017-06')).toEqual({
      month: '2017-06',
      hateCrimes: 2145,
      muslimCrimes: 367,
    });
  });

  it('reads Greater Manchester: 120 in May 2017, 151 in June 2017', () => {
    const manchester = force('manchester');
    expect(manchester.name).toBe('Greater Manchester Police');
    expect(manchester.months.filter((m) => m.month === '2017-05' || m.month === '2017-06')).toEqual([
      { month: '2017-05', hateCrimes: 888, muslimCrimes: 120 },
      { month: '2017-06', hateCrimes: 977, muslimCrimes: 151 },
    ]);
  });

  it('reads Thames Valley’s muslimCrimes as null in every month, never 0', () => {
    const thamesValley = force('thames-valley');
    expect(thamesValley.name).toBe('Thames Valley Police');
    expect(thamesValley.months).toHaveLength(40);
    expect(thamesValley.months.every((m) => m.muslimCrimes === null && m.hateCrimes !== null)).toBe(true);
  });

  it('reads a month a return does not give as null counts (Cleveland, March 2015), and a 0 as 0', () => {
    expect(force('cleveland').months.find((m) => m.month === '2015-03')).toEqual({
      month: '2015-03',
      hateCrimes: null,
      muslimCrimes: null,
    });
    expect(force('bedfordshire').months[0]).toEqual({ month: '2015-01', hateCrimes: 69, muslimCrimes: 0 });
  });

  it('gives every force consecutive months, once each', () => {
    for (const f of shipped.forces) {
      const months = f.months.map((m) => m.month);
      expect(new Set(months).size).toBe(months.length);
      months.slice(1).forEach((month, at) => {
        const [year, number] = (months[at] ?? '').split('-').map(Number) as [number, number];
        const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
        expect(month).toBe(next);
      });
    }
  });

  it('carries the source, its licence and caveats', () => {
    expect(shipped.sources.map((s) => s.id)).toEqual(['uk-police-foi-salah']);
    expect(shipped.sources[0].licence).toBe('CC0 1.0 (Dataverse default; not verified)');
    expect(shipped.sources[0].url).toBe('https://doi.org/10.7910/DVN/2JKWNS');
    expect(shipped.caveats.some((c) => c.includes('compare a force with itself over time'))).toBe(true);
    expect(shipped.caveats.some((c) => c.includes('month the crime was recorded'))).toBe(true);
    expect(new Set(shipped.caveats).size).toBe(shipped.caveats.length);
  });
});

describe('readPoliceForces(dataPackage, read), on corrupted files: a named error', () => {
  it('fails on a gap in a force’s months, naming file, row and field', async () => {
    const gone = 'london,2015-03,1277,75';
    const row = rowOf(monthlyText, 'london,2015-04,1282,58') - 1;
    const error = await failure(changed('uk-police-monthly.csv', (t) => t.replace(`${gone}\n`, '')));
    expect([error.file, error.row, error.field]).toEqual(['data/uk-police-monthly.csv', row, 'month']);
    expect(error.message).toBe(
      `data/uk-police-monthly.csv, row ${row}, field “month”: force “london” skips from 2015-02 to 2015-04: months must be consecutive (expected 2015-03)`,
    );
  });

  it('fails on a duplicate month', async () => {
    const line = 'london,2017-06,2145,367';
    const row = rowOf(monthlyText, line) + 1;
    const error = await failure(changed('uk-police-monthly.csv', (t) => t.replace(line, `${line}\n${line}`)));
    expect([error.file, error.row, error.field]).toEqual(['data/uk-police-monthly.csv', row, 'month']);
    expect(error.message).toContain('month 2017-06 appears twice for force “london”');
  });

  it('fails on months out of order', async () => {
    const [a, b] = ['london,2017-05,1702,138', 'london,2017-06,2145,367'];
    const row = rowOf(monthlyText, a);
    const error = await failure(
      changed('uk-police-monthly.csv', (t) => t.replace(`${a}\n${b}`, `${b}\n${a}`)),
    );
    expect([error.row, error.field]).toEqual([row, 'month']);
    expect(error.message).toContain('expected 2017-05');
  });

  it('fails on a month past the force’s last_month', async () => {
    const last = 'london,2018-08,1494,80';
    const row = rowOf(monthlyText, last) + 1;
    const error = await failure(
      changed('uk-police-monthly.csv', (t) => t.replace(last, `${last}\nlondon,2018-09,1,1`)),
    );
    expect([error.row, error.field]).toEqual([row, 'month']);
    expect(error.message).toContain('2018-09 is after the last_month of force “london” (2018-08)');
  });

  it('fails on a force whose months start after its first_month', async () => {
    const first = 'london,2015-01,1068,80';
    const row = rowOf(monthlyText, first);
    const error = await failure(changed('uk-police-monthly.csv', (t) => t.replace(`${first}\n`, '')));
    expect([error.row, error.field]).toEqual([row, 'month']);
    expect(error.message).toContain('force “london” starts at 2015-02, not at its first_month 2015-01');
  });

  it('fails on a force whose months end before its last_month', async () => {
    const error = await failure(
      changed('uk-police-monthly.csv', (t) => t.replace('london,2018-08,1494,80\n', '')),
    );
    const row = rowOf(forcesText, forcesText.split('\n').find((l) => l.startsWith('london,')) ?? '');
    expect([error.file, error.row, error.field]).toEqual(['data/uk-police-forces.csv', row, 'last_month']);
    expect(error.message).toContain('2018-08, but its months end at 2018-07');
  });

  it('fails on a force the forces file does not describe, and on a force described twice', async () => {
    const unknown = await failure(
      changed('uk-police-monthly.csv', (t) => t.replace('london,2015-01,', 'londres,2015-01,')),
    );
    expect([unknown.field, unknown.message]).toEqual([
      'force',
      `data/uk-police-monthly.csv, row ${rowOf(monthlyText, 'london,2015-01,1068,80')}, field “force”: force “londres” is not in data/uk-police-forces.csv`,
    ]);
    const london = forcesText.split('\n').find((l) => l.startsWith('london,')) ?? '';
    const twice = await failure(
      changed('uk-police-forces.csv', (t) => t.replace(london, `${london}\n${london}`)),
    );
    expect([twice.file, twice.row, twice.field]).toEqual([
      'data/uk-police-forces.csv',
      rowOf(forcesText, london) + 1,
      'force',
    ]);
  });

  it('fails on a count that is not a whole number, naming the field (an empty cell is missing, not an error)', async () => {
    const line = 'london,2017-06,2145,367';
    const error = await failure(
      changed('uk-police-monthly.csv', (t) => t.replace(line, 'london,2017-06,2145,3.5')),
    );
    expect([error.row, error.field]).toEqual([rowOf(monthlyText, line), 'muslim_crimes']);
    expect(error.message).toContain('expected a whole number of 0 or more, or an empty cell (missing)');
  });

  it('fails on more months missing than months without a count', async () => {
    const london = forcesText.split('\n').find((l) => l.startsWith('london,')) ?? '';
    const error = await failure(
      changed('uk-police-forces.csv', (t) => t.replace(london, london.replace(/,0$/, ',3'))),
    );
    expect([error.row, error.field]).toEqual([rowOf(forcesText, london), 'months_missing']);
  });
});
