import { describe, expect, it } from 'vitest';
import { RawFileError } from '../../../scripts/data/rawFileError';
import { everyMonth } from '../../../scripts/data/ukPolice/deriveMonthly';
import type { PoliceForceSpec } from '../../../scripts/data/ukPolice/forces';
import { STANDARD_COLUMNS } from '../../../scripts/data/ukPolice/forces';
import { populationOf } from '../../../scripts/data/ukPolice/files';
import { parseAreaPopulations } from '../../../scripts/data/ukPolice/parsePopulation';
import type { ReportShape } from '../../../scripts/data/ukPolice/parseReport';
import { parsePoliceReport } from '../../../scripts/data/ukPolice/parseReport';

// Every input here is synthetic: a few lines written for one quirk, named after no real force's figures.
const FILE = 'synthetic_clean.csv';
const STANDARD: ReportShape = { columns: STANDARD_COLUMNS, county: 'synthetic' };
const HEADER = 'date,hate_crimes,muslim_crimes,county';

const parse = (text: string, shape: ReportShape = STANDARD) => parsePoliceReport(text, FILE, shape);
const counts = (text: string, shape: ReportShape = STANDARD) =>
  parse(text, shape).map((m) => [m.month, m.hateCrimes, m.muslimCrimes]);

describe('parsePoliceReport(text, file, shape), each quirk on synthetic input', () => {
  it('reads a plain file: LF line ends, dates written 2015-01-01', () => {
    const text = `${HEADER}\n2015-01-01,10,1,synthetic\n2015-02-01,12,0,synthetic\n`;
    expect(counts(text)).toEqual([
      ['2015-01', 10, 1],
      ['2015-02', 12, 0],
    ]);
  });

  it('skips a UTF-8 byte-order mark at the start (the header is still found)', () => {
    const text = `\uFEFF${HEADER}\n2015-01-01,10,1,synthetic\n`;
    expect(counts(text)).toEqual([['2015-01', 10, 1]]);
  });

  it('reads CRLF line ends, with no line end after the last row', () => {
    const text = `\uFEFF${HEADER}\r\n2015-01-01,10,1,synthetic\r\n2015-02-01,11,2,synthetic`;
    expect(counts(text)).toEqual([
      ['2015-01', 10, 1],
      ['2015-02', 11, 2],
    ]);
  });

  it('reads dates written 2015-1-1 as well as 2015-01-01', () => {
    const text = `${HEADER}\n2015-1-1,10,1,synthetic\n2015-02-01,11,2,synthetic\n2015-12-1,12,3,synthetic\n`;
    expect(parse(text).map((m) => m.month)).toEqual(['2015-01', '2015-02', '2015-12']);
  });

  it('puts rows given out of date order in order (2015-10-1 sorts before 2015-2-1 as text)', () => {
    const text = `${HEADER}\n2015-1-1,1,0,synthetic\n2015-10-1,10,0,synthetic\n2015-2-1,2,0,synthetic\n2014-12-1,0,0,synthetic\n`;
    expect(counts(text).map(([month, hate]) => `${month}=${hate}`)).toEqual([
      '2014-12=0',
      '2015-01=1',
      '2015-02=2',
      '2015-10=10',
    ]);
  });

  it('reads columns in another order when the shape declares it (date,muslim_crimes,hate_crimes,county)', () => {
    const shape: ReportShape = {
      columns: ['date', 'muslim_crimes', 'hate_crimes', 'county'],
      county: 'synthetic',
    };
    const text = `date,muslim_crimes,hate_crimes,county\n2015-1-1,2,39,synthetic\n`;
    expect(counts(text, shape)).toEqual([['2015-01', 39, 2]]);
  });

  it('gives null Islamophobic counts, never 0, for a file declared without a muslim_crimes column', () => {
    const shape: ReportShape = { columns: ['date', 'hate_crimes', 'county'], county: 'synthetic' };
    const text = `date,hate_crimes,county\n2015-1-1,29,synthetic\n2015-2-1,27,synthetic\n`;
    expect(counts(text, shape)).toEqual([
      ['2015-01', 29, null],
      ['2015-02', 27, null],
    ]);
  });

  it('reads NA and an empty cell as missing (null), and keeps a written 0 as 0', () => {
    const text = `${HEADER}\n2015-01-01,NA,3,synthetic\n2015-02-01,4,,synthetic\n2015-03-01,0,0,synthetic\n`;
    expect(counts(text)).toEqual([
      ['2015-01', null, 3],
      ['2015-02', 4, null],
      ['2015-03', 0, 0],
    ]);
  });

  it('skips a blank line', () => {
    expect(counts(`${HEADER}\n2015-01-01,1,1,synthetic\n\n2015-02-01,2,2,synthetic\n`)).toHaveLength(2);
  });

  it('keeps the line of each month, for errors and checks', () => {
    expect(
      parse(`${HEADER}\n2015-02-01,1,1,synthetic\n2015-01-01,2,2,synthetic\n`).map((m) => m.line),
    ).toEqual([3, 2]);
  });

  it.each([
    [
      'an unknown column',
      `date,hate_crimes,muslim_crimes,county,extra\n2015-01-01,1,1,synthetic,x`,
      1,
      'extra',
      /unknown column "extra"/,
    ],
    [
      'a misspelt column',
      `date,hate_crime,muslim_crimes,county\n2015-01-01,1,1,synthetic`,
      1,
      'hate_crime',
      /unknown column "hate_crime"/,
    ],
    [
      'a column twice',
      `date,hate_crimes,hate_crimes,county\n2015-01-01,1,1,synthetic`,
      1,
      'hate_crimes',
      /appears twice/,
    ],
    [
      'a missing column',
      `date,hate_crimes,county\n2015-01-01,1,synthetic`,
      1,
      'muslim_crimes',
      /missing column/,
    ],
    [
      'columns in an undeclared order',
      `date,muslim_crimes,hate_crimes,county\n2015-01-01,1,1,synthetic`,
      1,
      'hate_crimes',
      /column 2 is "muslim_crimes", not "hate_crimes"/,
    ],
    [
      'an unparsable count',
      `${HEADER}\n2015-01-01,1,1,synthetic\n2015-02-01,twelve,1,synthetic`,
      3,
      'hate_crimes',
      /"twelve" is not a count/,
    ],
    ['a decimal count', `${HEADER}\n2015-01-01,1,1.5,synthetic`, 2, 'muslim_crimes', /"1\.5" is not a count/],
    ['a negative count', `${HEADER}\n2015-01-01,-1,1,synthetic`, 2, 'hate_crimes', /"-1" is not a count/],
    ['a count with a space', `${HEADER}\n2015-01-01, 4,1,synthetic`, 2, 'hate_crimes', /" 4" is not a count/],
    [
      'a duplicate month',
      `${HEADER}\n2015-01-01,1,1,synthetic\n2015-02-01,1,1,synthetic\n2015-1-1,2,2,synthetic`,
      4,
      'date',
      /month 2015-01 appears twice \(first on line 2\)/,
    ],
    [
      'a date not on the 1st',
      `${HEADER}\n2015-01-15,1,1,synthetic`,
      2,
      'date',
      /"2015-01-15" is not on the 1st of a month/,
    ],
    [
      'an unknown date format',
      `${HEADER}\n01/01/2015,1,1,synthetic`,
      2,
      'date',
      /unknown date format "01\/01\/2015"/,
    ],
    [
      'a month that does not exist',
      `${HEADER}\n2015-13-01,1,1,synthetic`,
      2,
      'date',
      /unknown date format "2015-13-01"/,
    ],
    [
      'another force’s county',
      `${HEADER}\n2015-01-01,1,1,synthetic\n2015-02-01,1,1,elsewhere`,
      3,
      'county',
      /"elsewhere" is not this file's county \("synthetic"\)/,
    ],
    ['a short record', `${HEADER}\n2015-01-01,1,synthetic`, 2, 'record', /has 3 fields, the header has 4/],
  ])('fails on %s, naming file, line and field', (_, text, line, field, detail) => {
    let error: unknown;
    try {
      parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RawFileError);
    const raw = error as RawFileError;
    expect([raw.file, raw.line, raw.field]).toEqual([FILE, line, field]);
    expect(raw.message.startsWith(`${FILE}, line ${line}, field ${field}: `)).toBe(true);
    expect(raw.message).toMatch(detail);
  });

  it('fails on a muslim_crimes column in a file declared without one', () => {
    const shape: ReportShape = { columns: ['date', 'hate_crimes', 'county'], county: 'synthetic' };
    expect(() => parse(`${HEADER}\n2015-01-01,1,1,synthetic`, shape)).toThrow(
      /^synthetic_clean\.csv, line 1, field muslim_crimes: column "muslim_crimes" is not declared for this file/,
    );
  });

  it('fails on an empty file, and on a file without a month', () => {
    expect(() => parse('')).toThrow(/^synthetic_clean\.csv, field header: the file is empty$/);
    expect(() => parse(`${HEADER}\n`)).toThrow(/^synthetic_clean\.csv, field date: the file has no month$/);
  });
});

describe('everyMonth(months): every month of the range, a month not given as missing', () => {
  it('fills a month missing inside the range with nulls, never 0, and counts it', () => {
    const text = `${HEADER}\n2015-11-1,1,1,synthetic\n2016-2-1,4,NA,synthetic\n2015-12-1,2,,synthetic\n`;
    const series = everyMonth(parse(text));
    expect(series.months).toEqual([
      { month: '2015-11', hateCrimes: 1, muslimCrimes: 1 },
      { month: '2015-12', hateCrimes: 2, muslimCrimes: null },
      { month: '2016-01', hateCrimes: null, muslimCrimes: null },
      { month: '2016-02', hateCrimes: 4, muslimCrimes: null },
    ]);
    expect([series.firstMonth, series.lastMonth, series.monthsMissing]).toEqual(['2015-11', '2016-02', 1]);
  });

  it('counts no month missing for a range given whole, even where counts are NA', () => {
    const series = everyMonth(parse(`${HEADER}\n2015-1-1,NA,NA,synthetic\n2015-2-1,NA,NA,synthetic\n`));
    expect([series.months.length, series.monthsMissing]).toEqual([2, 0]);
  });
});

describe('parseAreaPopulations(text, file), on synthetic input', () => {
  const POP_FILE = 'synthetic-population.csv';
  const POP_HEADER = '\uFEFFcounty,police_area_pop,county_pop';

  it('reads whole numbers written with decimals, empty cells as null, and a trailing no-break space', () => {
    const text = `${POP_HEADER}\r\nsome_county,1590000.00,\r\nother-county,,\r\nlast,1720000\u00a0,`;
    const rows = parseAreaPopulations(text, POP_FILE);
    expect([...rows.values()].map((r) => [r.county, r.population, r.line])).toEqual([
      ['some_county', 1_590_000, 2],
      ['other-county', null, 3],
      ['last', 1_720_000, 4],
    ]);
  });

  it.each([
    [
      'a fraction',
      `${POP_HEADER}\nsome,1590000.50,`,
      2,
      'police_area_pop',
      /"1590000\.50" is not a whole number/,
    ],
    [
      'a county twice',
      `${POP_HEADER}\nsome,1,\nsome,2,`,
      3,
      'county',
      /"some" appears twice \(first on line 2\)/,
    ],
    [
      'an unknown column',
      `county,police_area_pop,county_pop,year\nsome,1,,2017`,
      1,
      'year',
      /unknown column "year"/,
    ],
    [
      'a column renamed',
      `county,population,county_pop\nsome,1,`,
      1,
      'police_area_pop',
      /column 2 is "population"/,
    ],
  ])('fails on %s, naming file, line and field', (_, text, line, field, detail) => {
    expect(() => parseAreaPopulations(text, POP_FILE)).toThrow(RawFileError);
    expect(() => parseAreaPopulations(text, POP_FILE)).toThrow(`${POP_FILE}, line ${line}, field ${field}: `);
    expect(() => parseAreaPopulations(text, POP_FILE)).toThrow(detail);
  });

  it('looks a force up by the county name its spec gives, and fails loudly on one without a row', () => {
    const rows = parseAreaPopulations(
      `${POP_HEADER}\nwest_synthetic,1000.00,\nwest-synthetic,2000.00,`,
      POP_FILE,
    );
    const spec: PoliceForceSpec = {
      id: 'west-synthetic',
      name: 'West Synthetic Police',
      file: 'london_clean.csv',
      county: 'west_synthetic',
      populationCounty: 'west_synthetic',
      columns: STANDARD_COLUMNS,
    };
    expect(populationOf(spec, rows, POP_FILE)).toBe(1000);
    expect(() => populationOf({ ...spec, populationCounty: 'west_synthetc' }, rows, POP_FILE)).toThrow(
      /^synthetic-population\.csv, field county: no row for "west_synthetc", the population county of force west-synthetic/,
    );
  });
});
