import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPack } from '../../../src/core/export/zipPack';

const encode = (text: string) => new TextEncoder().encode(text);

const FILES = [
  { name: 'README.txt', bytes: encode('Read me.\r\n') },
  { name: 'data.csv', bytes: encode('\uFEFFperiod,count\r\n2001-09-11,4\r\n'.repeat(200)) },
  { name: 'figure.png', bytes: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256) },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
  { name: 'café/ünïcode.txt', bytes: encode('é') },
];

/** Returns the offsets of the local file headers (signature PK\3\4) of a ZIP. */
function localHeaders(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const offsets: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at += 1)
    if (view.getUint32(at, true) === 0x04034b50) offsets.push(at);
  return offsets;
}

describe('zipPack(files)', () => {
  const zip = zipPack(FILES);

  it('unzips to the same files, names and bytes', () => {
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(FILES.map((f) => f.name));
    for (const file of FILES) expect(back[file.name]).toEqual(file.bytes);
  });

  it('gives identical bytes on every call with the same files', () => {
    expect(zipPack(FILES)).toEqual(zip);
    expect(zipPack(FILES.map((f) => ({ name: f.name, bytes: f.bytes.slice() })))).toEqual(zip);
  });

  it('dates every entry 1980-01-01 00:00 in ZIP’s DOS fields, whatever the time zone (tests run in Auckland)', () => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const headers = localHeaders(zip);
    expect(headers).toHaveLength(FILES.length);
    for (const at of headers) {
      expect(view.getUint16(at + 10, true)).toBe(0); // time: 00:00:00
      expect(view.getUint16(at + 12, true)).toBe((0 << 9) | (1 << 5) | 1); // date: 1980, January, 1st
    }
  });

  it('deflates the entries (method 8) at a fixed level, so a text file shrinks', () => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const csvHeader = localHeaders(zip)[1] ?? 0;
    expect(view.getUint16(csvHeader + 8, true)).toBe(8);
    expect(view.getUint32(csvHeader + 18, true)).toBeLessThan(view.getUint32(csvHeader + 22, true));
  });

  it('changes when a byte of a file changes', () => {
    const changed = FILES.map((f, i) => (i === 0 ? { name: f.name, bytes: encode('Read me!\r\n') } : f));
    expect(zipPack(changed)).not.toEqual(zip);
  });

  it('zips no files to an empty archive (the end record alone)', () => {
    const empty = zipPack([]);
    expect(empty).toHaveLength(22);
    expect(unzipSync(empty)).toEqual({});
  });

  it('throws a RangeError when two files share a name', () => {
    expect(() => zipPack([FILES[0], FILES[0]].flatMap((f) => (f === undefined ? [] : [f])))).toThrow(
      RangeError,
    );
  });
});
