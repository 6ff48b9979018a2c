import type { FontTable } from '../../src/figure/font/woffTables';

/** What a figure's layout needs of one font: its em, its vertical extent, its glyph count and its advances. */
export interface FontMetrics {
  /** Font units per em (head). */
  readonly unitsPerEm: number;
  /** Ascender and descender (hhea), in font units; the descender is negative. */
  readonly ascender: number;
  readonly descender: number;
  /** Number of glyphs (maxp). */
  readonly glyphCount: number;
  /** Advance width of the glyph `.notdef` (glyph 0), drawn for a character the font does not map. */
  readonly notdefAdvance: number;
  /** Returns the advance width (font units) of a code point's glyph, or null when the font does not map it. */
  readonly advanceOf: (codePoint: number) => number | null;
}

/** Returns the metrics of a font from its tables: head, hhea, maxp, hmtx and the Windows Unicode BMP cmap (format 4). */
export function readFontMetrics(tables: readonly FontTable[]): FontMetrics {
  const table = (tag: string): DataView => {
    const found = tables.find((t) => t.tag === tag);
    if (found === undefined) throw new RangeError(`the font has no ${tag} table`);
    return new DataView(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength);
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const longMetrics = hhea.getUint16(34); // numberOfHMetrics
  // Glyphs past the last long metric share its advance (the font is monospaced there).
  const advance = (glyph: number) => hmtx.getUint16(4 * Math.min(glyph, longMetrics - 1));
  const glyphOf = cmapFormat4(table('cmap'));
  return {
    unitsPerEm: head.getUint16(18),
    ascender: hhea.getInt16(4),
    descender: hhea.getInt16(6),
    glyphCount: table('maxp').getUint16(4),
    notdefAdvance: advance(0),
    advanceOf: (codePoint) => {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? null : advance(glyph);
    },
  };
}

/** Returns a function from a code point to its glyph (0 when unmapped), read from a cmap's (3, 1) format 4 subtable. */
function cmapFormat4(cmap: DataView): (codePoint: number) => number {
  let at = -1;
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const record = 4 + 8 * i;
    const offset = cmap.getUint32(record + 4);
    if (cmap.getUint16(record) === 3 && cmap.getUint16(record + 2) === 1 && cmap.getUint16(offset) === 4)
      at = offset;
  }
  if (at < 0) throw new RangeError('the font has no Windows Unicode BMP cmap of format 4');
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2; // past the reserved pad
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (codePoint > cmap.getUint16(ends + 2 * s)) continue; // segments are sorted by their end
      const start = cmap.getUint16(starts + 2 * s);
      if (codePoint < start) return 0;
      const delta = cmap.getUint16(deltas + 2 * s);
      const rangeOffset = cmap.getUint16(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      // idRangeOffset counts bytes from its own slot to the glyph index array entry of the segment's start.
      const glyph = cmap.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
