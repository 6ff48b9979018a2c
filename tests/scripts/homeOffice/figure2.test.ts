import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHomeOfficeFigure2 } from '../../../scripts/data/homeOfficeFigure2';
import { RawFileError } from '../../../scripts/data/rawFileError';
import { rawDataDir } from '../../../scripts/data/rawFiles';
import { simpleSplit } from '../simpleCsv';

const FILE = 'home-office/tables_csv/Figure_2.csv';
const text = readFileSync(join(rawDataDir(), FILE), 'utf8');

/** A second, simple reading of the sheet: month rows by name, years from the row that names them. */
function simpleRead(sheet: string): Map<string, number> {
  const rows = sheet.split(/\r?\n/).map(simpleSplit);
  const years = rows.find((r) => r.filter((f) => /^20\d\d$/.test(f)).length > 3) ?? [];
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const values = new Map<string, number>();
  for (const row of rows) {
    const month = months.indexOf(row[0] ?? '');
    if (month < 0) continue;
    row.forEach((cell, i) => {
      if (i > 0 && cell !== '')
        values.set(`${years[i]}-${String(month + 1).padStart(2, '0')}`, Number(cell.replace(/,/g, '')));
    });
  }
  return values;
}

describe('parseHomeOfficeFigure2 on the published sheet (wide, thousands separators, footnotes)', () => {
  const parsed = parseHomeOfficeFigure2(text, FILE);

  it('gives the 72 months April 2013 to March 2019, in order, equal to a second simple reading', () => {
    expect(parsed).toHaveLength(72);
    expect(parsed[0]?.date).toBe('2013-04');
    expect(parsed.at(-1)?.date).toBe('2019-03');
    expect(new Map(parsed.map((p) => [p.date, p.count]))).toEqual(simpleRead(text));
  });

  it('reads the figures anyone can check in the sheet: April 2013 2,391, June 2017 6,042, March 2019 5,167', () => {
    const at = (date: string) => parsed.find((p) => p.date === date)?.count;
    expect([at('2013-04'), at('2017-06'), at('2019-03'), at('2014-01')]).toEqual([2391, 6042, 5167, 2409]);
    expect(Math.max(...parsed.map((p) => p.count))).toBe(6042);
  });

  it('fails naming file, line and year on a cell that is not a count', () => {
    const broken = text.replace('"6,042"', '"6,O42"');
    expect(() => parseHomeOfficeFigure2(broken, FILE)).toThrow(RawFileError);
    expect(() => parseHomeOfficeFigure2(broken, FILE)).toThrow(
      `${FILE}, line 11, field 2017: "6,O42" is not a count`,
    );
  });

  it('fails on a value under no year heading, and on a sheet without year headings', () => {
    const extra = text.replace('"6,042","5,454"', '"6,042","5,454",7,8');
    expect(() => parseHomeOfficeFigure2(extra, FILE)).toThrow(
      /line 11, field column 10: value "8" is under no year heading/,
    );
    expect(() => parseHomeOfficeFigure2('January,1,2\n', FILE)).toThrow(
      /field header: no row of year columns found/,
    );
  });
});
