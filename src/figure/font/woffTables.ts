import { unzlibSync } from 'fflate';

// WOFF 1.0 (https://www.w3.org/TR/WOFF/): the tables of an OpenType (sfnt) font, each zlib-compressed when that
// saves bytes. Read in plain TypeScript, so the browser and Node get the same tables from the same file.

/** One table of a font: its tag, its uncompressed bytes and the checksum the file records for it. */
export interface FontTable {
  readonly tag: string;
  readonly bytes: Uint8Array;
  readonly checksum: number;
}

/** A font's tables and its flavour (sfnt version: 0x00010000 for TrueType outlines, 'OTTO' for CFF). */
export interface FontTables {
  readonly flavor: number;
  readonly tables: readonly FontTable[];
}

const SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER = 44;
const ENTRY = 20;

/** Returns the flavour and the uncompressed tables of a WOFF 1.0 file, in the file's directory order. */
export function woffTables(woff: Uint8Array): FontTables {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < HEADER || view.getUint32(0) !== SIGNATURE)
    throw new RangeError('not a WOFF 1.0 file (no “wOFF” signature)');
  if (view.getUint32(8) !== woff.length)
    throw new RangeError(`WOFF header gives ${view.getUint32(8)} bytes, the file has ${woff.length}`);
  const count = view.getUint16(12);
  if (HEADER + count * ENTRY > woff.length) throw new RangeError('WOFF table directory runs past the file');
  const tables: FontTable[] = [];
  for (let i = 0; i < count; i++) {
    const entry = HEADER + i * ENTRY;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + compressed > woff.length) throw new RangeError(`WOFF table ${tag} runs past the file`);
    const stored = woff.subarray(offset, offset + compressed);
    const bytes = compressed < length ? unzlibSync(stored) : stored.slice();
    if (bytes.length !== length)
      throw new RangeError(`WOFF table ${tag}: ${bytes.length} bytes, expected ${length}`);
    tables.push({ tag, bytes, checksum: view.getUint32(entry + 16) });
  }
  return { flavor: view.getUint32(4), tables };
}
