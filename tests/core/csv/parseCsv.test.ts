import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/core/csv/formatCsv';
import { CsvSyntaxError, parseCsv } from '../../../src/core/csv/parseCsv';

describe('parseCsv(text)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF line ends', () => {
    const records = parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",x,\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['two\nlines', 'x', ''] },
    ]);
  });
  it('numbers records by the line they start on, blank lines included', () => {
    expect(parseCsv('h\n\n"x\ny"\nz').map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });
  it('reads the Home Office thousands separators as text: "2,409" stays one field', () => {
    expect(parseCsv('January,,,"2,409"')[0]?.fields).toEqual(['January', '', '', '2,409']);
  });
  it('throws a CsvSyntaxError naming the line of an unclosed quote', () => {
    expect(() => parseCsv('a\n"b')).toThrow(new CsvSyntaxError(2, 'a quoted field is not closed'));
  });
});

describe('formatCsv(header, rows)', () => {
  it('quotes only what needs quoting, writes null as empty, and round-trips through parseCsv', () => {
    const text = formatCsv(
      ['date', 'note'],
      [
        ['2017-06', 'a, "b"'],
        ['2017-07', null],
      ],
    );
    expect(text).toBe('date,note\n2017-06,"a, ""b"""\n2017-07,\n');
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['date', 'note'],
      ['2017-06', 'a, "b"'],
      ['2017-07', ''],
    ]);
  });
});
