import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvSyntaxError, CsvTokenizer } from '../../../src/core/csv/csvTokenizer';
import { parseCsv } from '../../../src/core/csv/parseCsv';

/** Returns the records of the text fed to a tokenizer in pieces cut at the given offsets (empty pieces included). */
function chunked(text: string, cuts: readonly number[], maxRecordChars = Infinity): CsvRecord[] {
  const tokenizer = new CsvTokenizer(maxRecordChars);
  const points = cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b);
  const records: CsvRecord[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    records.push(...tokenizer.push(text.slice(from, point)));
    from = point;
  }
  return [...records, ...tokenizer.end()];
}

/**
 * An independent reading of whole CSV text, written for the test from RFC 4180 (the parser the tokenizer replaced,
 * counting a CR, an LF or a CRLF inside quotes as one line).
 */
function reference(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let [fields, field, line, recordLine, quoted] = [[] as string[], '', 1, 1, false];
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') [field, i] = [`${field}"`, i + 1];
    else if (quoted && ch === '"') quoted = false;
    else if (quoted) {
      if (ch === '\r' || (ch === '\n' && text[i - 1] !== '\r')) line++;
      field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [fields, field] = [[...fields, field], ''];
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push({ line: recordLine, fields: [...fields, field] });
      [fields, field, line] = [[], '', line + 1];
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) records.push({ line: recordLine, fields: [...fields, field] });
  return records;
}

/** Well-formed CSV text: plain and quoted cells (with commas, doubled quotes, CR, LF, CRLF), any line end, a BOM. */
const csvText = (() => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1') }),
    fc
      .string({ unit: fc.constantFrom('a', ',', '"', '""', '\r', '\n', '\r\n') })
      .map((s) => `"${s.replaceAll('"', '""')}"`),
  );
  const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
  return fc
    .tuple(
      fc.array(line, { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([lines, end, bom, last]) => `${bom ? '\uFEFF' : ''}${lines.join(end)}${last ? end : ''}`);
})();

describe('CsvTokenizer', () => {
  it('push(chunk) gives the same records whatever the chunks: inside quotes, between CR and LF, inside a doubled quote', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 10 }), (csv, cuts) => {
        expect(chunked(csv, cuts)).toEqual(parseCsv(csv));
      }),
      { numRuns: 500 },
    );
  });

  it('push(chunk) read one character at a time gives the records of the whole text', () => {
    fc.assert(
      fc.property(csvText, (csv) => {
        expect(
          chunked(
            csv,
            [...csv].map((_, i) => i),
          ),
        ).toEqual(parseCsv(csv));
      }),
    );
  });

  it('parseCsv(text) reads the same records and lines as an independent reading of the whole text', () => {
    fc.assert(
      fc.property(csvText, (csv) => {
        expect(parseCsv(csv)).toEqual(reference(csv));
      }),
      { numRuns: 500 },
    );
  });

  it('push("") between a CR and its LF, or between two quotes, changes nothing', () => {
    expect(chunked('a\r\nb', [2, 2, 2])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b'] },
    ]);
    expect(chunked('"x""y"\n', [2, 2, 3])).toEqual([{ line: 1, fields: ['x"y'] }]);
    expect(chunked('\uFEFFa', [0, 0])).toEqual([{ line: 1, fields: ['a'] }]);
  });

  it('numbers records by their first line, counting CRLF inside a quote once, even split between chunks', () => {
    expect(chunked('a\n"x\r\ny",z\nb\n', [3, 4, 5])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('counts a CR ending one quoted field and an LF starting the next as two line breaks', () => {
    expect(parseCsv('"a\r","\nb"\nc')).toEqual([
      { line: 1, fields: ['a\r', '\nb'] },
      { line: 4, fields: ['c'] },
    ]);
  });

  it('refuses a record past the limit as soon as it passes it, naming its line', () => {
    const tokenizer = new CsvTokenizer(10);
    expect(tokenizer.push('date,count\n')).toEqual([{ line: 1, fields: ['date', 'count'] }]);
    expect(tokenizer.push('x'.repeat(6))).toEqual([]);
    expect(() => tokenizer.push('x'.repeat(5))).toThrow(
      new CsvSyntaxError(2, 'a line longer than 10 characters (the limit of one line)'),
    );
  });

  it('counts line breaks inside quotes towards the limit, and names the line the record starts on', () => {
    expect(() => chunked('h\n"\n\n\n\n\n\n\n\n\n\n"', [3, 7], 10)).toThrow(
      new CsvSyntaxError(2, 'a line longer than 10 characters (the limit of one line)'),
    );
    expect(chunked('a,b\n'.repeat(3), [5], 3)).toHaveLength(3);
  });

  it('end() fails on an unclosed quote, naming the line it opened on, even when the text ends with a quote', () => {
    expect(() => chunked('a\n"b\nc', [3])).toThrow(new CsvSyntaxError(2, 'a quoted field is not closed'));
    expect(() => chunked('a\n"b""', [5])).toThrow(new CsvSyntaxError(2, 'a quoted field is not closed'));
    expect(chunked('a\n"b"', [4])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b'] },
    ]);
  });

  it('push(chunk) refuses a quote inside an unquoted field, naming its line', () => {
    expect(() => chunked('a\nb"c', [3])).toThrow(new CsvSyntaxError(2, 'a quote inside an unquoted field'));
  });

  it('skips a byte-order mark only at the very start', () => {
    expect(parseCsv('\uFEFFa\n\uFEFFb')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['\uFEFFb'] },
    ]);
  });
});
