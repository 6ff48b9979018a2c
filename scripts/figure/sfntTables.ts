import type { FontTables } from '../../src/figure/font/woffTables';

/** Returns the flavour and tables of an OpenType (sfnt) file, in its directory order, as its directory records them. */
export function sfntTables(sfnt: Uint8Array): FontTables {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const record = 12 + 16 * i;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > sfnt.length) throw new RangeError(`sfnt table ${i} runs past the file`);
    return {
      tag: String.fromCharCode(...sfnt.subarray(record, record + 4)),
      bytes: sfnt.subarray(offset, offset + length),
      checksum: view.getUint32(record + 4),
    };
  });
  return { flavor: view.getUint32(0), tables };
}
