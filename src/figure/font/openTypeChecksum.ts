/** Returns the OpenType checksum of some bytes: their sum as big-endian 32-bit words (zero-padded), modulo 2³². */
export function openTypeChecksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word =
      ((bytes[i] ?? 0) << 24) |
      ((bytes[i + 1] ?? 0) << 16) |
      ((bytes[i + 2] ?? 0) << 8) |
      (bytes[i + 3] ?? 0);
    sum = (sum + word) >>> 0; // `word` may read as negative; ToUint32 still gives the sum modulo 2³²
  }
  return sum;
}
