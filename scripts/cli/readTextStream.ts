import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError } from './cliError';

const CHUNK = 64 * 1024;

/**
 * Reads a file as UTF-8 text in 64 KiB chunks and hands each chunk's text to `onText`, holding no more than one
 * chunk; refuses with a CliError a path that cannot be read or is a folder, a UTF-16 file, a binary file (a NUL
 * byte) and bytes that are not UTF-8, naming the byte offset. `onText` may throw to stop early.
 */
export function readTextStream(path: string, onText: (text: string) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new CliError(`${path} is a folder, not a CSV file`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = new Uint8Array(CHUNK);
    let offset = 0;
    let carry = new Uint8Array(0);
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const bytes = buffer.subarray(0, read);
      if (offset === 0) refuseUtf16(path, bytes);
      const nul = bytes.indexOf(0);
      if (nul >= 0) throw new CliError(`${path}: not a text file: a NUL byte at byte offset ${offset + nul}`);
      const joined = carry.length === 0 ? bytes : concat(carry, bytes);
      const start = offset - carry.length;
      const bad = invalidUtf8At(joined, read === 0);
      if (bad >= 0) {
        const at = start + bad;
        throw new CliError(
          `${path}: not UTF-8 text: byte 0x${hex(joined[bad])} at byte offset ${at} does not start a ` +
            'well-formed character; save the file as UTF-8 (or export it again choosing UTF-8)',
        );
      }
      carry = joined.slice(completeLength(joined));
      onText(decodeChunk(path, decoder, joined.subarray(0, joined.length - carry.length), start));
      offset += read;
      if (read === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** Decodes checked bytes; the strict decoder is a second guard, its error a message with the chunk's offset. */
function decodeChunk(path: string, decoder: TextDecoder, bytes: Uint8Array, offset: number): string {
  try {
    return decoder.decode(bytes, { stream: true });
  } catch {
    throw new CliError(
      `${path}: not UTF-8 text: a malformed character after byte offset ${offset}; save the file as UTF-8`,
    );
  }
}

function refuseUtf16(path: string, bytes: Uint8Array): void {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
    throw new CliError(
      `${path}: the file is UTF-16 text (byte-order mark ${hex(a)} ${hex(b)}); save it as UTF-8`,
    );
  const pairs = Math.min(8, Math.floor(bytes.length / 2));
  const zerosAt = (parity: number) =>
    Array.from({ length: pairs }, (_, i) => bytes[2 * i + parity] === 0).every(Boolean);
  if (pairs >= 2 && (zerosAt(0) || zerosAt(1)))
    throw new CliError(`${path}: the file looks like UTF-16 text (every other byte is 0); save it as UTF-8`);
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Returns the length of the bytes up to the last whole character (an unfinished sequence at the end is left). */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) !== 0x80) return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Returns the offset of the first byte that breaks UTF-8: a byte that cannot start a character, or the start of a
 * sequence that is cut short, overlong or a surrogate; -1 when there is none. A sequence cut by the end of the
 * bytes is an error only when `final` (otherwise the next chunk may complete it).
 */
export function invalidUtf8At(bytes: Uint8Array, final: boolean): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    const available = Math.min(length, bytes.length - i);
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (available > 1) {
      const second = bytes[i + 1] as number;
      if (second < low || second > high) return i;
    }
    for (let k = 2; k < available; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    if (available < length) return final ? i : -1;
    i += length;
  }
  return -1;
}
