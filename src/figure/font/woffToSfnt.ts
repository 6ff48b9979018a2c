import { openTypeChecksum } from './openTypeChecksum';
import type { FontTable } from './woffTables';
import { woffTables } from './woffTables';

// resvg's font database reads OpenType (TTF/OTF), not WOFF: this rebuilds the font a WOFF 1.0 file was made from,
// in plain TypeScript so the browser and Node hand resvg the same bytes.

const HEAD_ADJUSTMENT = 8; // offset of checkSumAdjustment in the head table
const MAGIC = 0xb1b0afba;

/** Returns the OpenType (sfnt) font a WOFF 1.0 file holds: its tables uncompressed, with a fresh directory and checksums. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const { flavor, tables } = woffTables(woff);
  return sfntOf(flavor, tables);
}

// An OpenType file of tables: records sorted by tag, each table 4-byte aligned, head's checksum adjusted.
function sfntOf(flavor: number, tables: readonly FontTable[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const padded = (n: number) => (n + 3) & ~3;
  const directory = 12 + 16 * sorted.length;
  const out = new Uint8Array(sorted.reduce((sum, t) => sum + padded(t.bytes.length), directory));
  const view = new DataView(out.buffer);
  const power = sorted.length === 0 ? 0 : Math.floor(Math.log2(sorted.length));
  view.setUint32(0, flavor);
  view.setUint16(4, sorted.length);
  view.setUint16(6, 16 * 2 ** power);
  view.setUint16(8, power);
  view.setUint16(10, 16 * sorted.length - 16 * 2 ** power);
  let offset = directory;
  let head = -1;
  sorted.forEach((table, i) => {
    const record = 12 + 16 * i;
    out.set(table.bytes, offset);
    if (table.tag === 'head') {
      head = offset;
      view.setUint32(head + HEAD_ADJUSTMENT, 0); // the table's checksum counts the adjustment as 0
    }
    for (let k = 0; k < 4; k++) out[record + k] = table.tag.charCodeAt(k);
    view.setUint32(record + 4, openTypeChecksum(out.subarray(offset, offset + table.bytes.length)));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.bytes.length);
    offset += padded(table.bytes.length);
  });
  if (head >= 0) view.setUint32(head + HEAD_ADJUSTMENT, (MAGIC - openTypeChecksum(out)) >>> 0);
  return out;
}
