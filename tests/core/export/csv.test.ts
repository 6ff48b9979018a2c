import { describe, expect, it } from 'vitest';
import { toCsv, toCsvMetadata } from '../../../src/core/export/csv';
import { parseCsv } from '../../../src/core/csv/parseCsv';
import { META, TABLE, table } from './fixtures';

const BOM = '\uFEFF';

/** Reads a CSV back with the project's own RFC 4180 reader (the byte-order mark removed first). */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parseCsv(csv.slice(1)).map((r) => [...r.fields]);
}

describe('toCsv(table)', () => {
  it('writes a byte-order mark, the header, then each row, every line ended by CRLF', () => {
    expect(toCsv(TABLE)).toBe(
      `${BOM}period,count,expected,alarm\r\n` +
        '2001-09-11,4,0.14285714285714288,false\r\n' +
        '2001-09-12,51,0.5714285714285714,true\r\n' +
        '2001-09-13,,,\r\n',
    );
  });

  it('holds no bare LF and no CR outside a quoted field', () => {
    const csv = toCsv(table(['a'], [['x'], [1], [null]]));
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes exactly the rows given: 20,000 rows stay 20,000, in order', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`p${i}`, i % 7 === 0 ? null : i / 3]);
    const back = readBack(toCsv(table(['period', 'value'], rows)));
    expect(back).toHaveLength(20_001);
    expect(back.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(back.slice(1).map((r) => (r[1] === '' ? null : Number(r[1])))).toEqual(rows.map((r) => r[1]));
  });

  it.each([
    [
      'a number cell is written as a number, a text cell starting with - is neutralised',
      [-3, '-3'],
      "-3,'-3",
    ],
    ['formulas in text are neutralised', ['=1+2', '@cmd'], "'=1+2,'@cmd"],
    ['a neutralised cell with a comma is also quoted', ['=A1,B1', 'ok'], '"\'=A1,B1",ok'],
    ['tab and CR at the start are neutralised, and CR quoted', ['\tx', '\rx'], '\'\tx,"\'\rx"'],
    ['null is empty, booleans are true and false', [null, true], ',true'],
    ['tiny and huge numbers have no exponent', [1e-7, 2e21], '0.0000001,2000000000000000000000'],
    ['a value that is not finite is empty', [NaN, -Infinity], ','],
    ['quotes are doubled inside a quoted field', ['say "hi"', 'a\nb'], '"say ""hi""","a\nb"'],
  ] as const)('%s', (_, row, line) => {
    expect(toCsv(table(['a', 'b'], [row]))).toBe(`${BOM}a,b\r\n${line}\r\n`);
  });

  it('neutralises and quotes column names as it does text cells', () => {
    expect(toCsv(table(['=name', 'a,b'], []))).toBe(`${BOM}'=name,"a,b"\r\n`);
  });

  it('writes "" for a row that would be a blank line (one column, its cell empty), so no reader skips it', () => {
    const csv = toCsv(table(['value'], [[1], [null], [''], [2]]));
    expect(csv).toBe(`${BOM}value\r\n1\r\n""\r\n""\r\n2\r\n`);
    expect(readBack(csv)).toEqual([['value'], ['1'], [''], [''], ['2']]);
  });

  it('round-trips text through an RFC 4180 reader: commas, quotes, line breaks and accents', () => {
    const texts = ['a,b', '"q"', 'x\r\ny', 'café “curly”', 'line\n', ' lead', 'trail '];
    expect(
      readBack(
        toCsv(
          table(
            ['t'],
            texts.map((t) => [t]),
          ),
        ),
      ).slice(1),
    ).toEqual(texts.map((t) => [t]));
  });

  it('writes a header alone for a table without rows', () => {
    expect(toCsv(table(['a', 'b'], []))).toBe(`${BOM}a,b\r\n`);
  });

  it('throws a RangeError for a row with too few or too many cells, or two columns of one name', () => {
    expect(() => toCsv(table(['a', 'b'], [[1, 2], [3]]))).toThrow('row 2 has 1 cells for 2 columns');
    expect(() => toCsv(table(['a'], [[1, 2]]))).toThrow(RangeError);
    expect(() => toCsv(table(['a', 'a'], []))).toThrow('column “a” appears twice');
  });

  it('never changes its input', () => {
    const copy = structuredClone(TABLE);
    toCsv(TABLE);
    expect(TABLE).toEqual(copy);
  });
});

describe('toCsvMetadata(table)', () => {
  const text = toCsvMetadata(TABLE);
  const sidecar = JSON.parse(text) as Record<string, unknown>;

  it('is JSON with a 2-space indent and a final newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(sidecar, null, 2)}\n`);
  });

  it('has its keys in a fixed order: the view, its data version, sources, method, notes, columns, dialect', () => {
    expect(Object.keys(sidecar)).toEqual([
      'title',
      'subtitle',
      'link',
      'dataVersion',
      'dataVersionDate',
      'sources',
      'caveats',
      'method',
      'notes',
      'columns',
      'dialect',
    ]);
  });

  it('states the title, link, data version and date, caveats and notes as given', () => {
    expect(sidecar).toMatchObject({
      title: META.title,
      subtitle: META.subtitle,
      link: META.link,
      dataVersion: META.dataVersion,
      dataVersionDate: META.dataVersionDate,
      caveats: META.caveats,
      notes: META.notes,
    });
  });

  it('states each source with publisher, title, url, date, licence and caveats', () => {
    expect(sidecar['sources']).toEqual([
      {
        id: 'fbi-hate-crime-2024',
        publisher: META.sources[0]?.publisher,
        title: META.sources[0]?.title,
        url: META.sources[0]?.url,
        date: '2024-09-23',
        licence: 'Work of the US federal government, public domain',
        caveats: META.sources[0]?.caveats,
      },
    ]);
  });

  it('states the method and every parameter value, in the method’s order, null included', () => {
    expect(sidecar['method']).toEqual(META.method);
    expect(Object.keys((sidecar['method'] as { params: object }).params)).toEqual([
      'alpha',
      'baseline',
      'guard',
      'weekdays',
      'label',
      'offset',
    ]);
  });

  it('states each column’s name, description and unit, in column order', () => {
    expect(sidecar['columns']).toEqual(TABLE.columns);
  });

  it('states how the CSV is written: UTF-8 with a BOM, comma, CRLF, header, empty for missing', () => {
    expect(sidecar['dialect']).toMatchObject({
      encoding: 'utf-8',
      byteOrderMark: true,
      delimiter: ',',
      lineTerminator: '\r\n',
      header: true,
      missingValue: '',
    });
  });

  it('writes null for a view without a method, and nothing that is not in the types', () => {
    const extra = { ...META, method: null, secret: 'not exported' };
    const parsed = JSON.parse(toCsvMetadata({ ...TABLE, metadata: extra })) as Record<string, unknown>;
    expect(parsed['method']).toBeNull();
    expect(parsed).not.toHaveProperty('secret');
  });
});
