import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fbiCentury, parseFbiDate } from '../../../scripts/data/fbi/fbiDate';
import { calendarDays, deriveDailyCounts, isAntiMuslim } from '../../../scripts/data/fbi/deriveDaily';
import { parseFbiIncidents } from '../../../scripts/data/fbi/parseIncidents';
import { unzipCsv } from '../../../scripts/data/fbi/readRelease';
import { RawFileError } from '../../../scripts/data/rawFileError';

const HEADER_2024 =
  'incident_id,data_year,state_abbr,population_group_description,incident_date,victim_count,offense_name,location_name,bias_desc,multiple_bias';
const HEADER_2021 = HEADER_2024.toUpperCase();
const row = (id: string, date: string, victims: string, bias: string, multiple = 'S') =>
  `${id},2001,"NY","Cities from 50,000 thru 99,999",${date},${victims},"Intimidation","Residence/Home","${bias}","${multiple}"`;

describe('parseFbiDate(text)', () => {
  it.each([
    ['2001-09-11', '2001-09-11'],
    ['11-SEP-01', '2001-09-11'],
    ['31-AUG-91', '1991-08-31'],
    ['01-jan-00', '2000-01-01'],
    ['29-FEB-00', '2000-02-29'],
    ['31-DEC-20', '2020-12-31'],
    ['29-FEB-01', null],
    ['2001-02-30', null],
    ['2001/09/11', null],
    ['9/11/2001', null],
    ['11-SEP-2001', null],
    ['11-SEPT-01', null],
    ['', null],
  ])('parseFbiDate(%j) returns %j', (text, expected) => {
    expect(parseFbiDate(text)).toBe(expected);
  });

  it('fbiCentury(yy) reads 91..99 as 19xx and 00..20 as 20xx', () => {
    expect([91, 99, 0, 1, 20].map(fbiCentury)).toEqual([1991, 1999, 2000, 2001, 2020]);
  });
});

describe('parseFbiIncidents(text, file)', () => {
  it('reads the 2024 and the 2021 header styles and date formats alike, quoted commas included', () => {
    const lower = parseFbiIncidents(
      [HEADER_2024, row('7', '2001-09-11', '2', 'Anti-Arab;Anti-Islamic (Muslim)', 'M')].join('\n'),
      'a.csv',
    );
    const upper = parseFbiIncidents(
      [HEADER_2021, row('7', '11-SEP-01', '2', 'Anti-Arab;Anti-Islamic (Muslim)', 'M')].join('\r\n') + '\r\n',
      'b.csv',
    );
    const expected = {
      line: 2,
      incidentId: '7',
      date: '2001-09-11',
      stateAbbr: 'NY',
      offenseName: 'Intimidation',
      locationName: 'Residence/Home',
      victimCount: 2,
      biases: ['Anti-Arab', 'Anti-Islamic (Muslim)'],
      multipleBias: true,
    };
    expect(lower).toEqual([expected]);
    expect(upper).toEqual([expected]);
  });

  it('reads an id R wrote in exponent form (1e+05) as the whole number it is', () => {
    const [incident] = parseFbiIncidents(
      [HEADER_2024, row('1e+05', '2004-10-23', '1', 'Anti-White')].join('\n'),
      'x',
    );
    expect(incident?.incidentId).toBe('100000');
  });

  it.each([
    [
      'an unknown date format',
      row('1', '2001/09/11', '1', 'Anti-White'),
      /^f\.csv, line 3, field incident_date: unknown date format "2001\/09\/11"$/,
    ],
    [
      'a date that is no calendar day',
      row('1', '2001-02-30', '1', 'Anti-White'),
      /^f\.csv, line 3, field incident_date: unknown date format/,
    ],
    [
      'a negative count',
      row('1', '2001-09-11', '-1', 'Anti-White'),
      /^f\.csv, line 3, field victim_count: "-1" is not a count/,
    ],
    [
      'a non-integer count',
      row('1', '2001-09-11', '1.5', 'Anti-White'),
      /^f\.csv, line 3, field victim_count: "1.5" is not a count/,
    ],
    [
      'an empty count',
      row('1', '2001-09-11', '', 'Anti-White'),
      /^f\.csv, line 3, field victim_count: "" is not a count/,
    ],
    [
      'a bad incident id',
      row('x1', '2001-09-11', '1', 'Anti-White'),
      /^f\.csv, line 3, field incident_id: "x1" is not an incident id/,
    ],
    [
      'a bad bias flag',
      row('1', '2001-09-11', '1', 'Anti-White', 'X'),
      /^f\.csv, line 3, field multiple_bias: "X" is neither S nor M/,
    ],
    [
      'an empty bias list',
      row('1', '2001-09-11', '1', ''),
      /^f\.csv, line 3, field bias_desc: empty bias list/,
    ],
    ['a short record', '1,2001', /^f\.csv, line 3, field record: has 2 fields, the header has 10/],
  ])('fails on %s, naming file, line and field', (_, bad, message) => {
    const text = [HEADER_2024, row('9', '2001-09-10', '1', 'Anti-Black or African American'), bad].join('\n');
    expect(() => parseFbiIncidents(text, 'f.csv')).toThrow(RawFileError);
    expect(() => parseFbiIncidents(text, 'f.csv')).toThrow(message);
  });

  it('names the field as the file spells it (upper case in the 2021 release)', () => {
    const text = [HEADER_2021, row('1', '31-AUG-1991', '1', 'Anti-White')].join('\n');
    expect(() => parseFbiIncidents(text, 'z.csv')).toThrow(
      /^z\.csv, line 2, field INCIDENT_DATE: unknown date format/,
    );
  });

  it('fails on a missing column, naming the header line and the column', () => {
    const text = [HEADER_2024.replace('bias_desc', 'bias'), row('1', '2001-09-11', '1', 'Anti-White')].join(
      '\n',
    );
    expect(() => parseFbiIncidents(text, 'f.csv')).toThrow(
      /^f\.csv, line 1, field bias_desc: missing column$/,
    );
  });

  it('fails on a quote left open, naming the line', () => {
    const text = [HEADER_2024, '1,2001,"NY'].join('\n');
    expect(() => parseFbiIncidents(text, 'f.csv')).toThrow(/^f\.csv, line 2, field csv: /);
  });
});

describe('deriveDailyCounts(incidents)', () => {
  const incident = (date: string, ...biases: string[]) => ({ date, biases });

  it('zero-fills whole years and counts multi-bias anti-Muslim incidents', () => {
    const daily = deriveDailyCounts([
      incident('2000-03-01', 'Anti-Islamic (Muslim)'),
      incident('2000-03-01', 'Anti-Arab', 'Anti-Islamic (Muslim)'),
      incident('2000-03-01', 'Anti-Arab'),
      incident('2001-01-02', 'Anti-Jewish'),
    ]);
    expect(daily).toHaveLength(366 + 365);
    expect(daily.find((d) => d.date === '2000-03-01')).toEqual({ date: '2000-03-01', count: 2, allCount: 3 });
    expect(daily.find((d) => d.date === '2000-02-29')).toEqual({ date: '2000-02-29', count: 0, allCount: 0 });
    expect(daily.find((d) => d.date === '2001-01-02')).toEqual({ date: '2001-01-02', count: 0, allCount: 1 });
  });

  it('returns no days for no incidents', () => {
    expect(deriveDailyCounts([])).toEqual([]);
  });

  it('isAntiMuslim(incident) matches the bias exactly, not a part of it', () => {
    expect(isAntiMuslim({ biases: ['Anti-Islamic (Muslim)'] })).toBe(true);
    expect(isAntiMuslim({ biases: ['Anti-Islamic'] })).toBe(false);
    expect(isAntiMuslim({ biases: ['Anti-Islamic (Muslim) '] })).toBe(false);
    expect(isAntiMuslim({ biases: ['Anti-Arab'] })).toBe(false);
  });

  it('calendarDays(from, to) crosses a leap day and a year end in UTC', () => {
    expect(calendarDays('2019-12-31', '2020-01-01')).toEqual(['2019-12-31', '2020-01-01']);
    expect(calendarDays('2020-02-28', '2020-03-01')).toEqual(['2020-02-28', '2020-02-29', '2020-03-01']);
  });
});

describe('unzipCsv(bytes, file)', () => {
  it('returns the one CSV and ignores __MACOSX/ metadata', () => {
    const zip = zipSync({
      'hate_crime.csv': strToU8('a,b\n1,2\n'),
      '__MACOSX/._hate_crime.csv': strToU8('junk'),
    });
    expect(unzipCsv(zip, 'r.zip')).toEqual({ name: 'hate_crime.csv', text: 'a,b\n1,2\n' });
  });

  it('fails when the zip holds no CSV or more than one', () => {
    const two = zipSync({ 'a.csv': strToU8('a'), 'b.csv': strToU8('b') });
    expect(() => unzipCsv(two, 'r.zip')).toThrow(
      /^r\.zip, field zip: expected one CSV file, found 2: a\.csv, b\.csv$/,
    );
    expect(() => unzipCsv(zipSync({ 'a.txt': strToU8('a') }), 'r.zip')).toThrow(/found 0/);
  });
});
