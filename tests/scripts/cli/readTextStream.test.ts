import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidUtf8At, readTextStream } from '../../../scripts/cli/readTextStream';
import { tempDir } from './runCli';

const dir = tempDir();
afterAll(() => dir.remove());

/** Returns true when the strict decoder accepts the bytes. */
function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Returns the chunks of text read from a file of these bytes. */
function chunksOf(bytes: Uint8Array): string[] {
  const chunks: string[] = [];
  readTextStream(dir.write('f.csv', bytes), (text) => chunks.push(text));
  return chunks;
}

/** Bytes likely to be near-UTF-8: ASCII, lead bytes of each length, continuation bytes, and bytes never valid. */
const byte = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
);

describe('invalidUtf8At(bytes, final)', () => {
  it('finds an error exactly when the strict TextDecoder refuses the bytes, and everything before it decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.array(byte, { maxLength: 12 }), (raw, near) => {
        for (const bytes of [raw, new Uint8Array(near)]) {
          const at = invalidUtf8At(bytes, true);
          expect(at === -1).toBe(decodes(bytes));
          if (at >= 0) expect(decodes(bytes.subarray(0, at))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('waits for the next chunk when a character is cut at the end, unless the bytes are final', () => {
    const euro = [0xe2, 0x82, 0xac];
    expect(invalidUtf8At(new Uint8Array([0x61, ...euro.slice(0, 2)]), false)).toBe(-1);
    expect(invalidUtf8At(new Uint8Array([0x61, ...euro.slice(0, 2)]), true)).toBe(1);
    expect(invalidUtf8At(new Uint8Array([0x61, 0xe2, 0x28]), false)).toBe(1);
  });
});

describe('readTextStream(path, onText)', () => {
  it('reads 64 KiB at a time and decodes a character cut by a chunk boundary whole', () => {
    for (const char of ['é', '€', '😀']) {
      const size = Buffer.byteLength(char);
      for (let shift = 1; shift < size; shift++) {
        const text = `${'a'.repeat(65_536 - shift)}${char}${'b'.repeat(10)}`;
        const chunks = chunksOf(new Uint8Array(Buffer.from(text)));
        expect(chunks.join('')).toBe(text);
        expect(chunks.length).toBeGreaterThan(1);
      }
    }
  });

  it('names the byte offset of a bad byte or a NUL past the first chunk', () => {
    const bad = new Uint8Array(Buffer.from(`${'a'.repeat(70_000)}\u00ff`));
    bad[70_000] = 0xff;
    expect(() => chunksOf(bad)).toThrow('byte 0xFF at byte offset 70000');
    const nul = new Uint8Array(70_000).fill(0x61);
    nul[69_999] = 0;
    expect(() => chunksOf(nul)).toThrow('a NUL byte at byte offset 69999');
  });

  it('names the offset where a character cut by a chunk boundary breaks off', () => {
    const bytes = new Uint8Array(Buffer.from(`${'a'.repeat(65_535)}xx`));
    bytes[65_535] = 0xe2;
    expect(() => chunksOf(bytes)).toThrow('byte 0xE2 at byte offset 65535');
  });
});
