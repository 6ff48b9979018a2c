import { beforeAll, describe, expect, it } from 'vitest';
import type { FontFiles } from '../../../src/figure/font/bundledFont';
import { openTypeChecksum } from '../../../src/figure/font/openTypeChecksum';
import { woffTables } from '../../../src/figure/font/woffTables';
import { woffToSfnt } from '../../../src/figure/font/woffToSfnt';
import { loadFontNode } from '../../../scripts/figure/loadFontNode';
import { readFontMetrics } from '../../../scripts/figure/readFontMetrics';
import { sfntTables } from '../../../scripts/figure/sfntTables';

let woff: FontFiles;
beforeAll(async () => {
  woff = await loadFontNode('woff');
}, 300_000);

describe('openTypeChecksum(bytes)', () => {
  it('sums big-endian 32-bit words modulo 2³², zero-padding the last one', () => {
    expect(openTypeChecksum(new Uint8Array([]))).toBe(0);
    expect(openTypeChecksum(new Uint8Array([0, 0, 1, 2]))).toBe(0x0102);
    expect(openTypeChecksum(new Uint8Array([0, 0, 1, 2, 0xff]))).toBe(0xff000102);
    expect(openTypeChecksum(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 2]))).toBe(1);
  });
});

describe('woffTables(woff)', () => {
  it('rejects a file that is not WOFF 1.0 (e.g. WOFF2) with a RangeError', async () => {
    const woff2 = await loadFontNode('woff2');
    expect(() => woffTables(woff2[400])).toThrow(/not a WOFF 1.0 file/);
    expect(() => woffTables(woff[400].subarray(0, 100))).toThrow(RangeError);
  });
});

describe.each([400, 600] as const)('woffToSfnt(woff) of the weight-%i file', (weight) => {
  it('writes an sfnt header for TrueType outlines with the binary-search fields of 16 tables', () => {
    const sfnt = woffToSfnt(woff[weight]);
    const view = new DataView(sfnt.buffer);
    // OpenType spec, table directory: searchRange = 16 × 2^⌊log2 n⌋, entrySelector = ⌊log2 n⌋, rangeShift = 16n − searchRange.
    expect([
      view.getUint32(0),
      view.getUint16(4),
      view.getUint16(6),
      view.getUint16(8),
      view.getUint16(10),
    ]).toEqual([0x00010000, 16, 256, 4, 0]);
  });

  it('keeps every table byte for byte, sorted by tag, 4-byte aligned, with the checksums the WOFF file records', () => {
    const source = woffTables(woff[weight]).tables;
    const { tables } = sfntTables(woffToSfnt(woff[weight]));
    expect(tables.map((t) => t.tag)).toEqual(source.map((t) => t.tag).sort());
    for (const table of tables) {
      const original = source.find((t) => t.tag === table.tag);
      expect(original).toBeDefined();
      // The WOFF directory's origChecksum is the one the original font's directory had (computed by its maker).
      expect([table.tag, table.checksum]).toEqual([table.tag, original?.checksum]);
      if (table.tag === 'head') {
        expect(table.bytes.subarray(0, 8)).toEqual(original?.bytes.subarray(0, 8));
        expect(table.bytes.subarray(12)).toEqual(original?.bytes.subarray(12));
      } else expect(table.bytes).toEqual(original?.bytes);
      expect(table.bytes.byteOffset % 4).toBe(0);
    }
  });

  it('sets head.checkSumAdjustment so that the whole font sums to 0xB1B0AFBA', () => {
    expect(openTypeChecksum(woffToSfnt(woff[weight]))).toBe(0xb1b0afba);
  });

  it('gives a font with the same glyph count, em, extent and advances as the WOFF file', () => {
    const fromWoff = readFontMetrics(woffTables(woff[weight]).tables);
    const fromSfnt = readFontMetrics(sfntTables(woffToSfnt(woff[weight])).tables);
    expect([fromSfnt.glyphCount, fromSfnt.unitsPerEm, fromSfnt.ascender, fromSfnt.descender]).toEqual([
      fromWoff.glyphCount,
      fromWoff.unitsPerEm,
      fromWoff.ascender,
      fromWoff.descender,
    ]);
    for (let cp = 0x20; cp <= 0x2212; cp++) expect(fromSfnt.advanceOf(cp)).toBe(fromWoff.advanceOf(cp));
  });

  it('is the same bytes every time (the browser and Node hand resvg the same font)', () => {
    expect(woffToSfnt(woff[weight])).toEqual(woffToSfnt(woff[weight]));
  });
});
