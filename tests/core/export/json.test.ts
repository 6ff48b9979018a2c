import { describe, expect, it } from 'vitest';
import { toCsvMetadata } from '../../../src/core/export/csv';
import { toJson } from '../../../src/core/export/json';
import { META, TABLE, table } from './fixtures';

describe('toJson(table)', () => {
  const text = toJson(TABLE);
  const doc = JSON.parse(text) as Record<string, unknown>;

  it('is one JSON document written as JSON.stringify writes it (2-space indent), with a final newline', () => {
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('holds the sidecar’s metadata inline, in the same order, then the rows', () => {
    const sidecar = JSON.parse(toCsvMetadata(TABLE)) as Record<string, unknown>;
    const metadataKeys = Object.keys(sidecar).filter((key) => key !== 'dialect');
    expect(Object.keys(doc)).toEqual([...metadataKeys, 'rows']);
    for (const key of metadataKeys) expect(doc[key]).toEqual(sidecar[key]);
    const metadata = doc;
    expect(metadata['method']).toEqual(META.method);
  });

  it('writes each row as an object keyed by column name, in column order, a missing value null', () => {
    expect(doc['rows']).toEqual([
      { period: '2001-09-11', count: 4, expected: 0.14285714285714288, alarm: false },
      { period: '2001-09-12', count: 51, expected: 0.5714285714285714, alarm: true },
      { period: '2001-09-13', count: null, expected: null, alarm: null },
    ]);
    for (const row of doc['rows'] as object[])
      expect(Object.keys(row)).toEqual(['period', 'count', 'expected', 'alarm']);
  });

  it('keeps column order in the text even for names JavaScript objects move first ("2019")', () => {
    const out = toJson(table(['area', '2019', '2018'], [['Camden', 1, 2]]));
    expect(out).toContain('"area": "Camden",\n      "2019": 1,\n      "2018": 2\n');
  });

  it.each([
    ['numbers stay numbers, text stays text', [-3, '-3'], { a: -3, b: '-3' }],
    [
      'a formula-like text is not neutralised (JSON is not read by spreadsheets)',
      ['=1+2', '@x'],
      { a: '=1+2', b: '@x' },
    ],
    ['a value that is not finite is null', [NaN, Infinity], { a: null, b: null }],
    ['tiny numbers read back exactly', [1e-7, 0.1 + 0.2], { a: 1e-7, b: 0.30000000000000004 }],
    [
      'text with quotes, backslashes and line breaks reads back exactly',
      ['"\\\n', 'é\u2028'],
      { a: '"\\\n', b: 'é\u2028' },
    ],
  ] as const)('%s', (_, row, expected) => {
    const parsed = JSON.parse(toJson(table(['a', 'b'], [row]))) as { rows: unknown[] };
    expect(parsed.rows).toEqual([expected]);
  });

  it('writes an empty array for a table without rows, and {} for rows of no columns', () => {
    expect((JSON.parse(toJson(table(['a'], []))) as { rows: unknown }).rows).toEqual([]);
    expect(toJson(table([], [[], []]))).toContain('"rows": [\n    {},\n    {}\n  ]\n}\n');
  });

  it('writes exactly the rows given, in order', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [i, i % 2 === 0]);
    const parsed = JSON.parse(toJson(table(['i', 'even'], rows))) as { rows: { i: number }[] };
    expect(parsed.rows.map((r) => r.i)).toEqual(rows.map((r) => r[0]));
  });

  it('throws a RangeError for a row that does not hold one cell per column, or two columns of one name', () => {
    expect(() => toJson(table(['a', 'b'], [[1]]))).toThrow(RangeError);
    expect(() => toJson(table(['a', 'a'], [[1, 2]]))).toThrow('column “a” appears twice');
  });
});
