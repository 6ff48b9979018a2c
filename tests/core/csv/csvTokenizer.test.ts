import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer } from '../../../src/core/csv/csvTokenizer';
import { parseCsv } from '../../../src/core/csv/parseCsv';

/** Returns the records of the text fed to a tokenizer in pieces cut at the given offsets. */
function chunked(text: string, cuts: readonly number[]) {
  const tokenizer = new CsvTokenizer();
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const records = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    records.push(...tokenizer.push(text.slice(from, point)));
    from = point;
  }
  return [...records, ...tokenizer.end()];
}

describe('CsvTokenizer', () => {
  it('gives the same records whatever the chunks: inside quotes, between CR and LF, inside a doubled quote', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1') }),
      fc
        .string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n') })
        .map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const text = fc
      .tuple(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([lines, end, bom, last]) => `${bom ? '\uFEFF' : ''}${lines.join(end)}${last ? end : ''}`);
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (csv, cuts) => {
        expect(chunked(csv, cuts)).toEqual(parseCsv(csv));
      }),
    );
  });

  it('numbers records by their first line, counting CRLF inside a quote once, even split between chunks', () => {
    expect(chunked('a\n"x\r\ny",z\nb\n', [3, 4, 5])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('refuses a record past the limit as soon as it passes it, naming its line', () => {
    const tokenizer = new CsvTokenizer(10);
    expect(tokenizer.push('date,count\n')).toEqual([{ line: 1, fields: ['date', 'count'] }]);
    expect(() => tokenizer.push('x'.repeat(11))).toThrow(
      new CsvSyntaxError(2, 'a line longer than 10 characters (the limit of one line)'),
    );
  });

  it('skips a byte-order mark only at the very start', () => {
    expect(parseCsv('\uFEFFa\n\uFEFFb')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['\uFEFFb'] },
    ]);
  });
});
