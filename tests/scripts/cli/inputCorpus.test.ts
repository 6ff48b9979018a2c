import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli';

// A corpus of bad and odd input files for `detect`: each bad one must give its own message naming the file (and the
// row, line and field where there is one), exit code 2 and nothing on standard output; each odd but valid one runs.
const dir = tempDir();
afterAll(() => dir.remove());

type Content = string | Uint8Array;

/** `date,count` text with rows given as [date, count] or raw lines. */
const csv = (...rows: readonly (readonly [string, string] | string)[]) =>
  `date,count\n${rows.map((row) => (typeof row === 'string' ? row : row.join(','))).join('\n')}\n`;
const days = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => [`2017-06-${String(from + i).padStart(2, '0')}`, '1'] as const);
const bytes = (...parts: readonly (string | readonly number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : [...part])),
  );
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0)) : le;
  return new Uint8Array([...(bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : []), ...body]);
};

/** `n` rows of consecutive days from 1800-01-01, each with the count 1. */
const consecutiveDays = (n: number) =>
  `${Array.from({ length: n }, (_, i) => `${new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10)},1`).join('\n')}\n`;

/**
 * A CRLF file whose CR at byte 65,535 ends the first 64 KiB chunk, so its LF opens the next one (a note on the first
 * row pads it into place), then `tail` after the last row.
 */
const crlfAcrossChunks = (tail: string) => {
  for (let pad = 0; ; pad++) {
    const rows = consecutiveDays(5000)
      .trimEnd()
      .split('\n')
      .map((row, i) => `${row},${i === 0 ? 'n'.repeat(pad) : ''}`);
    const text = `date,count,note\r\n${rows.join('\r\n')}\r\n${tail}`;
    if (text[65_535] === '\r' && text[65_536] === '\n') return text;
  }
};

/** Bytes of `date,count,note` whose note puts byte offset 65,536 (the second chunk's first byte) at `at` in `bytes`. */
const acrossChunks = (middle: readonly number[], at: number) =>
  bytes(`date,count,note\n2017-06-01,1,${'n'.repeat(65_536 - 29 - at)}`, middle, '\n2017-06-02,1,\n');

const COUNT = 'field “count”: expected a whole number of 0 or more, or empty for a missing value (got';
const DATE = 'field “date”: expected an ISO day YYYY-MM-DD or month YYYY-MM (got';
const BIG =
  'field “count”: expected a whole number from 0 to 10,000,000, the largest count the exact Poisson tails sum promptly';

/** [name, content, message] for files that must be refused. */
const BAD: readonly (readonly [string, Content, string])[] = [
  // The file as a whole.
  ['empty', '', 'the file is empty; expected a header “date,count”'],
  ['blank lines only', '\n\n\n', 'the file is empty'],
  ['spaces only', '   \n  \n', 'the file is empty'],
  ['header only', 'date,count\n', 'no data rows after the header'],
  ['header only, no line end', 'date,count', 'no data rows after the header'],
  ['header and blank lines', 'date,count\n\n\n', 'no data rows after the header'],
  ['BOM and header only', '\uFEFFdate,count\r\n', 'no data rows after the header'],
  // The header.
  [
    'no date column',
    'day,count\n2017-06-01,1\n',
    'row 0 (the header), field “date”: no such column (the header is “day,count”)',
  ],
  [
    'no count column',
    'date,n\n2017-06-01,1\n',
    'row 0 (the header), field “count”: no such column (the header is “date,n”)',
  ],
  [
    'capitalised header',
    'Date,Count\n2017-06-01,1\n',
    'field “date”: no such column (the header is “Date,Count”)',
  ],
  [
    'no header',
    '2017-06-01,1\n2017-06-02,2\n',
    'field “date”: no such column (the header is “2017-06-01,1”)',
  ],
  [
    'semicolons',
    'date;count\n2017-06-01;1\n',
    'no such column (the header is “date;count”); the file seems to use “;” between fields, but commas are expected',
  ],
  [
    'tabs',
    'date\tcount\n2017-06-01\t1\n',
    'no such column (the header is “date\\u0009count”); the file seems to use tabs between fields, but commas are expected',
  ],
  [
    'pipes',
    'date|count\n2017-06-01|1\n',
    'the file seems to use “|” between fields, but commas are expected',
  ],
  [
    'date twice',
    'date,count,date\n2017-06-01,1,2017-06-01\n',
    'row 0 (the header), field “date”: the column appears twice (fields 1 and 3)',
  ],
  [
    'count twice',
    'date,count,count\n2017-06-01,1,2\n',
    'row 0 (the header), field “count”: the column appears twice (fields 2 and 3)',
  ],
  [
    'other column twice',
    'date,note,count,note\n2017-06-01,a,1,b\n',
    'field “note”: the column appears twice (fields 2 and 4)',
  ],
  [
    'quoted header with a line break',
    '"da\nte",count\n2017-06-01,1\n',
    'no such column (the header is “da\\u000ate,count”)',
  ],
  // Rows and fields.
  [
    'short row',
    'date,other,count\n2017-06-01,x,1\n2017-06-02,x\n',
    'row 2 (line 3): 2 fields where the header has 3',
  ],
  [
    'long row',
    csv(['2017-06-01', '1'], '2017-06-02,1,extra'),
    'row 2 (line 3): 3 fields where the header has 2',
  ],
  ['3,5 under a date,count header', csv('3,5'), `row 1 (line 2), ${DATE} “3”)`],
  ['one field', csv('2017-06-01'), 'row 1 (line 2): 1 fields where the header has 2'],
  ['trailing comma', csv('2017-06-01,1,'), 'row 1 (line 2): 3 fields where the header has 2'],
  ['unclosed quote', 'date,count\n2017-06-01,"1\n', 'line 2: a quoted field is not closed'],
  ['quote inside a field', 'date,count\n2017-06-01,1"2\n', 'line 2: a quote inside an unquoted field'],
  [
    'line break inside a quoted date',
    'date,count\n"2017-06\n-01",1\n',
    `row 1 (line 2), ${DATE} “2017-06\\u000a-01”)`,
  ],
  [
    'line break inside a quoted count',
    'date,count\n2017-06-01,"1\n2"\n',
    `row 1 (line 2), ${COUNT} “1\\u000a2”)`,
  ],
  ['escape codes in a date', csv(['\u001b[31m2017\u001b[0m', '1']), `${DATE} “\\u001b[31m2017\\u001b[0m”)`],
  ['a 60,000-character cell', csv(['2017-06-01', 'x'.repeat(60_000)]), `${COUNT} “${'x'.repeat(80)}…”)`],
  ['a 100 KB cell', csv(['2017-06-01', 'x'.repeat(100_000)]), 'line 2: a line longer than 65,536 characters'],
  [
    'the gap after a good row',
    csv(['2017-06-01', '1'], ['2017-06-03', '1']),
    'row 2 (line 3), field “date”: expected the day after 2017-06-01 (got “2017-06-03”); rows must be consecutive, with an empty count for a missing day',
  ],
  [
    'a blank line between rows (rows are numbered without it)',
    'date,count\n2017-06-01,1\n\n2017-06-02,x\n',
    `row 2 (line 4), ${COUNT} “x”)`,
  ],
  [
    'a quoted note with line breaks before a bad row',
    'date,count,note\n2017-06-01,1,"a\nb\r\nc"\n2017-06-02,x,\n',
    `row 2 (line 5), ${COUNT} “x”)`,
  ],
  [
    'CR line ends and a bad count',
    'date,count\r2017-06-01,1\r2017-06-02,x\r',
    `row 2 (line 3), ${COUNT} “x”)`,
  ],
  [
    'CRLF line ends and a bad count',
    'date,count\r\n2017-06-01,1\r\n2017-06-02,x\r\n',
    `row 2 (line 3), ${COUNT} “x”)`,
  ],
  [
    'CRLF cut between CR and LF at 64 KiB, then a bad count',
    crlfAcrossChunks('1813-09-10,x,\r\n'),
    `row 5001 (line 5002), ${COUNT} “x”)`,
  ],
  ['a zero-width space before a date', csv(['\u200B2017-06-01', '1']), `${DATE} “\\u200b2017-06-01”)`],
  ['a bidirectional override in a count', csv(['2017-06-01', '\u202E01']), `${COUNT} “\\u202e01”)`],
  ['a bell and a backspace in a count', csv(['2017-06-01', '1\u0007\u0008']), `${COUNT} “1\\u0007\\u0008”)`],
  [
    'semicolons and a comma in the header (no delimiter guessed)',
    'date;count,note\n2017-06-01;1,x\n',
    'field “date”: no such column (the header is “date;count,note”)\n',
  ],
  [
    'a 100 KB header',
    `${'h'.repeat(100_000)}\n2017-06-01,1\n`,
    'line 1: a line longer than 65,536 characters (the limit of one line)',
  ],
  [
    'a 30,000-character column name twice',
    `${'h'.repeat(30_000)},date,count,${'h'.repeat(30_000)}\n2017-06-01,1\n`,
    `row 0 (the header), field “${'h'.repeat(80)}…”: the column appears twice (fields 1 and 4)`,
  ],
  // Counts.
  ...(
    [
      ['-3', COUNT],
      ['-0', COUNT],
      ['+3', COUNT],
      ['1.5', COUNT],
      ['1.0', COUNT],
      ['0.0', COUNT],
      ['.5', COUNT],
      ['5.', COUNT],
      ['1e3', COUNT],
      ['1E3', COUNT],
      ['1e400', COUNT],
      ['Infinity', COUNT],
      ['-Infinity', COUNT],
      ['NaN', COUNT],
      ['∞', COUNT],
      ['0x10', COUNT],
      ['0b11', COUNT],
      ['"1,000"', COUNT],
      ['1 000', COUNT],
      ['1_000', COUNT],
      ['١٢', COUNT],
      ['１２', COUNT],
      ['twelve', COUNT],
      ['12abc', COUNT],
      ['--1', COUNT],
      ['null', COUNT],
      ['NA', COUNT],
      ['N/A', COUNT],
      ['-', COUNT],
      ['?', COUNT],
      ['1/2', COUNT],
      ['½', COUNT],
      ['1e-3', COUNT],
      ['+0', COUNT],
      ['true', COUNT],
      ['0.', COUNT],
      ['00x1', COUNT],
      ['10000001', BIG],
      ['9007199254740992', BIG],
      ['9007199254740993', BIG],
      ['18446744073709551616', BIG],
      ['1' + '0'.repeat(400), BIG],
    ] as const
  ).map(([count, message]): readonly [string, Content, string] => [
    `count ${count.length > 20 ? `of ${count.length} digits` : count}`,
    csv(['2017-06-01', '1'], ['2017-06-02', count]),
    `row 2 (line 3), ${message}`,
  ]),
  // Dates.
  ...[
    '2017-02-30',
    '2017-02-29',
    '2017-13-01',
    '2017-00-10',
    '2017-06-31',
    '2017-06-00',
    '2017-13',
    '2017-00',
    '01/06/2017',
    '06/01/2017',
    '2017/06/01',
    '20170601',
    '2017-6-1',
    '2017-06-1',
    '17-06-01',
    '2017-06-01T00:00',
    '2017-06-01Z',
    'June 2017',
    '6 June 2017',
    '01-JUN-17',
    '2017-W23',
    '2017',
    'yesterday',
    '0000-00-00',
    '9999-12-32',
    '+2017-06-01',
    '',
  ].map((date): readonly [string, Content, string] => [
    `date ${date === '' ? '(empty)' : date}`,
    csv([date, '1']),
    `row 1 (line 2), ${DATE} “${date}”)`,
  ]),
  [
    'a duplicate day',
    csv(['2017-06-01', '1'], ['2017-06-01', '2']),
    'row 2 (line 3), field “date”: duplicate date 2017-06-01, already on row 1',
  ],
  [
    'a duplicate month',
    csv(['2017-06', '1'], ['2017-07', '1'], ['2017-06', '2']),
    'row 3 (line 4), field “date”: duplicate date 2017-06, already on row 1',
  ],
  [
    'days out of order',
    csv(['2017-06-02', '1'], ['2017-06-01', '2']),
    'row 2 (line 3), field “date”: 2017-06-01 comes before the previous row’s 2017-06-02: rows must be in date order',
  ],
  [
    'months out of order',
    csv(['2017-07', '1'], ['2017-06', '2']),
    '2017-06 comes before the previous row’s 2017-07',
  ],
  [
    'a gap across a new year',
    csv(['2016-12-31', '1'], ['2017-01-02', '1']),
    'expected the day after 2016-12-31 (got “2017-01-02”)',
  ],
  [
    'a gap of a month',
    csv(['2017-01', '1'], ['2017-03', '1']),
    'expected the month after 2017-01 (got “2017-03”); rows must be consecutive, with an empty count for a missing month',
  ],
  [
    'a gap of a year',
    csv(['2016-06-01', '1'], ['2017-06-02', '1']),
    'expected the day after 2016-06-01 (got “2017-06-02”)',
  ],
  [
    'days then a month',
    csv(['2017-06-01', '1'], ['2017-07', '2']),
    "row 2 (line 3), field “date”: expected a day like the first row's, got “2017-07”",
  ],
  [
    'a month then days',
    csv(['2017-06', '1'], ['2017-06-02', '2']),
    "expected a month like the first row's, got “2017-06-02”",
  ],
  [
    'weekly rows',
    csv(['2017-06-05', '1'], ['2017-06-12', '1']),
    'expected the day after 2017-06-05 (got “2017-06-12”)',
  ],
  // Encodings and bytes.
  [
    'UTF-16 LE with a BOM',
    utf16(csv(['2017-06-01', '1']), false, true),
    'the file is UTF-16 text (byte-order mark FF FE); save it as UTF-8',
  ],
  [
    'UTF-16 BE with a BOM',
    utf16(csv(['2017-06-01', '1']), true, true),
    'the file is UTF-16 text (byte-order mark FE FF); save it as UTF-8',
  ],
  [
    'UTF-16 LE without a BOM',
    utf16(csv(['2017-06-01', '1']), false, false),
    'the file looks like UTF-16 text (every other byte is 0); save it as UTF-8',
  ],
  [
    'UTF-16 BE without a BOM',
    utf16(csv(['2017-06-01', '1']), true, false),
    'the file looks like UTF-16 text (every other byte is 0); save it as UTF-8',
  ],
  [
    'a PNG image',
    bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'not a text file: a NUL byte at byte offset 8',
  ],
  [
    'a gzip file',
    bytes([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]),
    'not a text file: a NUL byte at byte offset 3',
  ],
  [
    'a NUL in the middle',
    bytes('date,count\n2017-06-01,1', [0], '\n'),
    'not a text file: a NUL byte at byte offset 23',
  ],
  [
    'a lone continuation byte',
    bytes('date,count\n2017-06-01,', [0x80], '\n'),
    'not UTF-8 text: byte 0x80 at byte offset 22 does not start a well-formed character; save the file as UTF-8',
  ],
  [
    'a truncated sequence at the end',
    bytes('date,count\n2017-06-01,1\n', [0xc3]),
    'not UTF-8 text: byte 0xC3 at byte offset 24',
  ],
  [
    'a truncated sequence before a letter',
    bytes('date,count\n', [0xe2, 0x82], 'a\n'),
    'not UTF-8 text: byte 0xE2 at byte offset 11',
  ],
  [
    'an overlong slash',
    bytes('date,count\n', [0xc0, 0xaf], '\n'),
    'not UTF-8 text: byte 0xC0 at byte offset 11',
  ],
  [
    'an overlong three-byte form',
    bytes('date,count\n', [0xe0, 0x80, 0xaf], '\n'),
    'not UTF-8 text: byte 0xE0 at byte offset 11',
  ],
  [
    'a surrogate',
    bytes('date,count\n', [0xed, 0xa0, 0x80], '\n'),
    'not UTF-8 text: byte 0xED at byte offset 11',
  ],
  [
    'a byte past Unicode',
    bytes('date,count\n', [0xf5, 0x80, 0x80, 0x80], '\n'),
    'not UTF-8 text: byte 0xF5 at byte offset 11',
  ],
  ['a 0xFF byte', bytes('date,count\n', [0xff], '\n'), 'not UTF-8 text: byte 0xFF at byte offset 11'],
  [
    'Latin-1 é',
    bytes('date,count,note\n2017-06-01,1,caf', [0xe9], '\n'),
    'not UTF-8 text: byte 0xE9 at byte offset 32',
  ],
  [
    'Windows-1252 quotes',
    bytes('date,count\n', [0x93], 'x', [0x94], '\n'),
    'not UTF-8 text: byte 0x93 at byte offset 11',
  ],
  [
    'a NUL as the first byte of the second 64 KiB',
    acrossChunks([0], 0),
    'not a text file: a NUL byte at byte offset 65536',
  ],
  ['a 0xFF byte opening the second 64 KiB', acrossChunks([0xff], 0), 'byte 0xFF at byte offset 65536'],
  [
    'a three-byte character cut by 64 KiB and never finished',
    acrossChunks([0xe2, 0x28], 1),
    'not UTF-8 text: byte 0xE2 at byte offset 65535',
  ],
  [
    'a four-byte character cut by 64 KiB and never finished',
    acrossChunks([0xf0, 0x9f, 0x98], 2),
    'not UTF-8 text: byte 0xF0 at byte offset 65534',
  ],
  [
    'UTF-8 BOM then UTF-16 text',
    bytes([0xef, 0xbb, 0xbf], [...utf16('date,count\n', false, false)]),
    'not a text file: a NUL byte at byte offset 4',
  ],
  [
    'CESU-8 (a surrogate pair as two three-byte forms)',
    bytes('date,count\n', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], '\n'),
    'byte 0xED at byte offset 11',
  ],
  // Limits.
  [
    '100,001 data rows',
    `date,count\n${consecutiveDays(100_001)}`,
    'more than 100,000 rows after the header (the limit of one file, passed at line 100002)',
  ],
  [
    'a line of 65,537 characters',
    `date,count\n${'x'.repeat(65_537)}\n`,
    'line 2: a line longer than 65,536 characters (the limit of one line)',
  ],
  [
    '100,001 blank lines after the header',
    `date,count\n${'\n'.repeat(100_001)}`,
    'more than 100,000 rows after the header',
  ],
  [
    '100,000 data rows and a final blank line',
    `date,count\n${consecutiveDays(100_000)}\n`,
    'more than 100,000 rows after the header (the limit of one file, passed at line 100002)',
  ],
  [
    '100,001 blank lines and no header',
    '\n'.repeat(100_002),
    'more than 100,000 blank lines before the header (the limit of one file, passed at line 100001); expected a header “date,count”',
  ],
];

/** [name, content] of odd files that are valid and must run. */
const GOOD: readonly (readonly [string, Content])[] = [
  ['a UTF-8 byte-order mark', `\uFEFF${csv(...days(3))}`],
  ['CRLF line ends', csv(...days(3)).replaceAll('\n', '\r\n')],
  ['CR line ends', csv(...days(3)).replaceAll('\n', '\r')],
  [
    'extra columns',
    `note,date,count,other\n${days(3)
      .map(([d, c]) => `x,${d},${c},y`)
      .join('\n')}\n`,
  ],
  [
    'quoted fields',
    `"date","count"\n${days(3)
      .map(([d, c]) => `"${d}","${c}"`)
      .join('\n')}\n`,
  ],
  ['no final line end', csv(...days(3)).trimEnd()],
  ['a final blank line', `${csv(...days(3))}\n`],
  [
    'spaces around header names and cells',
    ` date , count \n${days(3)
      .map(([d, c]) => ` ${d} , ${c} `)
      .join('\n')}\n`,
  ],
  ['a missing count', csv(['2017-06-01', '1'], ['2017-06-02', ''], ['2017-06-03', '2'])],
  ['leading zeros', csv(['2017-06-01', '007'], ['2017-06-02', '0'])],
  ['the largest count', csv(['2017-06-01', '10000000'], ['2017-06-02', '1'])],
  ['months', csv(['2017-01', '1'], ['2017-02', '2'], ['2017-03', '3'])],
  ['a leap day', csv(['2016-02-28', '1'], ['2016-02-29', '2'], ['2016-03-01', '3'])],
  ['a note with a quoted comma and line break', `date,count,note\n2017-06-01,1,"a, b\nc"\n2017-06-02,2,x\n`],
  ['100,000 data rows', `date,count\n${consecutiveDays(100_000)}`],
  [
    '60,000 rows with two-line notes (120,001 lines, but rows are what the limit counts)',
    `date,count,note\n${consecutiveDays(60_000).replaceAll('\n', ',"a\nb"\n')}`,
  ],
  ['CRLF cut between CR and LF at 64 KiB', crlfAcrossChunks('')],
  ['é cut 1|1 by 64 KiB', acrossChunks([0xc3, 0xa9], 1)],
  ['€ cut 1|2 by 64 KiB', acrossChunks([0xe2, 0x82, 0xac], 1)],
  ['€ cut 2|1 by 64 KiB', acrossChunks([0xe2, 0x82, 0xac], 2)],
  ['😀 cut 1|3 by 64 KiB', acrossChunks([0xf0, 0x9f, 0x98, 0x80], 1)],
  ['😀 cut 2|2 by 64 KiB', acrossChunks([0xf0, 0x9f, 0x98, 0x80], 2)],
  ['😀 cut 3|1 by 64 KiB', acrossChunks([0xf0, 0x9f, 0x98, 0x80], 3)],
  ['a blank line before the header', `\n${csv(...days(3))}`],
  [
    'a byte-order mark before a date (trimmed like a space)',
    csv(['\uFEFF2017-06-01', '1'], ['2017-06-02', '2']),
  ],
  ['blank lines between rows', csv(...days(2)).replace('\n2017-06-02', '\n\n\r\n  \n2017-06-02')],
  ['a count with leading and trailing spaces in quotes', csv(['2017-06-01', '" 3 "'], ['2017-06-02', '"4"'])],
];

describe('backlash detect on a corpus of bad input files', () => {
  it(`holds at least 130 bad files (${BAD.length})`, () => {
    expect(BAD.length).toBeGreaterThanOrEqual(130);
    expect(new Set(BAD.map(([name]) => name)).size).toBe(BAD.length);
  });

  it.each(BAD)('%s: exit 2, and a message naming the file and what is wrong', (name, content, message) => {
    const file = dir.write(`${name.replace(/[^\w]+/g, '-')}.csv`, content);
    const run = runCli(['detect', '--method', 'ears-c1', '--input', file]);
    expect(run.stderr).toContain(message);
    expect(run.stderr.startsWith(`backlash: ${file}`)).toBe(true);
    expect(run.stderr.length).toBeLessThan(600);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses a folder and a missing file, naming them', () => {
    const folder = join(dir.path, 'a-folder.csv');
    mkdirSync(folder);
    expect(runCli(['detect', '--method', 'ears-c1', '--input', folder])).toEqual({
      code: 2,
      stdout: '',
      stderr: `backlash: ${folder} is a folder, not a CSV file\n`,
    });
    const missing = join(dir.path, 'missing.csv');
    const run = runCli(['detect', '--method', 'ears-c1', '--input', missing]);
    expect(run.stderr).toContain(`backlash: cannot read ${missing}: ENOENT`);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses a path through a file, naming it', () => {
    const through = join(dir.write('a-file.csv', csv(...days(3))), 'inner.csv');
    const run = runCli(['detect', '--method', 'ears-c1', '--input', through]);
    expect(run.stderr).toContain(`backlash: cannot read ${through}: ENOTDIR`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});

describe('backlash detect on odd but valid files', () => {
  it('runs ears-c1 on a file with a byte-order mark, CRLF line ends and a final blank line', () => {
    const text = `\uFEFF${csv(...days(30)).replaceAll('\n', '\r\n')}\r\n`;
    const run = runCli(['detect', '--method', 'ears-c1', '--input', dir.write('good-ears-c1.csv', text)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(31);
    expect(run.stdout.split('\n')[30]).toMatch(/^2017-06-30,1,1,/);
  });

  it.each(GOOD)('%s: runs, one output row per data row', (name, content) => {
    const file = dir.write(`good-${name.replace(/[^\w]+/g, '-')}.csv`, content);
    const run = runCli(['detect', '--method', 'trailing-mean', '--param', 'window=1', '--input', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').slice(1);
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    const dates = text.match(/\d{4}-\d{2}(-\d{2})?/g) ?? [];
    expect(rows.map((row) => row.split(',')[0])).toEqual(dates);
  });
});
