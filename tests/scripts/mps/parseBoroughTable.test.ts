import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveMonthlyByArea } from '../../../scripts/data/mps/deriveMonthly';
import { parseMinorClass } from '../../../scripts/data/mps/parseBoroughTable';
import { RAW_FILES, rawDataDir, readRawFile } from '../../../scripts/data/rawFiles';
import { RawFileError } from '../../../scripts/data/rawFileError';

const CLASS = 'RACE OR RELIGIOUS AGG PUBLIC FEAR';
const HEADER = 'majortext,minortext,boroughname,201012,201101';
const line = (borough: string, a: string, b: string, minor = CLASS) =>
  `PUBLIC ORDER OFFENCES,${minor},${borough},${a},${b}`;

describe('parseMinorClass(text, file, minortext)', () => {
  it('returns the rows of the class only, with months as YYYY-MM across a year end', () => {
    const text = [
      HEADER,
      line('Camden', '1', '2'),
      line('Camden', '5', '5', 'OTHER'),
      line('Brent', '0', '3'),
    ].join('\r\n');
    const table = parseMinorClass(text, 'm.csv', CLASS);
    expect(table.months).toEqual(['2010-12', '2011-01']);
    expect(table.rows.map((r) => [r.borough, r.counts])).toEqual([
      ['Camden', [1, 2]],
      ['Brent', [0, 3]],
    ]);
    expect(deriveMonthlyByArea(table)).toEqual([
      { date: '2010-12', area: 'London', count: 1 },
      { date: '2011-01', area: 'London', count: 5 },
      { date: '2010-12', area: 'Brent', count: 0 },
      { date: '2011-01', area: 'Brent', count: 3 },
      { date: '2010-12', area: 'Camden', count: 1 },
      { date: '2011-01', area: 'Camden', count: 2 },
    ]);
  });

  it.each([
    [
      'an unknown date format',
      HEADER.replace('201101', '2011-01'),
      line('Camden', '1', '2'),
      /^m\.csv, line 1, field 2011-01: unknown date format "2011-01"/,
    ],
    [
      'a month that does not exist',
      HEADER.replace('201101', '201013'),
      line('Camden', '1', '2'),
      /^m\.csv, line 1, field 201013: unknown date format/,
    ],
    [
      'a gap between months',
      HEADER.replace('201101', '201102'),
      line('Camden', '1', '2'),
      /^m\.csv, line 1, field 201102: month 2011-02 does not follow 2010-12/,
    ],
    [
      'a negative count',
      HEADER,
      line('Camden', '1', '-2'),
      /^m\.csv, line 2, field 201101: "-2" is not a count/,
    ],
    [
      'a non-integer count',
      HEADER,
      line('Camden', '1.5', '2'),
      /^m\.csv, line 2, field 201012: "1\.5" is not a count/,
    ],
    ['an empty count', HEADER, line('Camden', '', '2'), /^m\.csv, line 2, field 201012: "" is not a count/],
    [
      'a missing column',
      HEADER.replace('minortext,', ''),
      'PUBLIC ORDER OFFENCES,Camden,1',
      /^m\.csv, line 1, field minortext: missing column/,
    ],
    [
      'a short record',
      HEADER,
      `PUBLIC ORDER OFFENCES,${CLASS},Camden,1`,
      /^m\.csv, line 2, field record: has 4 fields, the header has 5/,
    ],
    [
      'a borough twice',
      HEADER,
      `${line('Camden', '1', '2')}\n${line('Camden', '1', '2')}`,
      /^m\.csv, line 3, field boroughname: "Camden" appears twice/,
    ],
  ])('fails on %s, naming file, line and field', (_, header, body, message) => {
    const text = `${header}\n${body}\n`;
    expect(() => parseMinorClass(text, 'm.csv', CLASS)).toThrow(RawFileError);
    expect(() => parseMinorClass(text, 'm.csv', CLASS)).toThrow(message);
  });

  it('fails when the class has no row', () => {
    expect(() => parseMinorClass(`${HEADER}\n${line('Camden', '1', '2', 'OTHER')}`, 'm.csv', CLASS)).toThrow(
      /^m\.csv, field minortext: no row of "RACE OR RELIGIOUS AGG PUBLIC FEAR"$/,
    );
  });
});

describe('readRawFile(key, dir)', () => {
  it('fails on a checksum change, naming the file and the field sha256', () => {
    const { path } = RAW_FILES.mpsBoroughHistorical;
    const dir = mkdtempSync(join(tmpdir(), 'backlash-raw-'));
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), readFileSync(join(rawDataDir(), path), 'utf8').replace(',34,', ',35,'));
    expect(() => readRawFile('mpsBoroughHistorical', dir)).toThrow(
      /^mps\/recorded_crime_borough_historical_2010-04_2024-02\.csv, field sha256: checksum changed: expected 1293882891041bb3/,
    );
  });

  it('fails on a missing file, naming it and the folder variable', () => {
    expect(() => readRawFile('fbiHateCrime2024', join(tmpdir(), 'no-such-folder'))).toThrow(
      /^fbi\/hate_crime_1991-2023\.csv\.gz, field file: cannot read .*BACKLASH_RAW_DIR/,
    );
  });
});
