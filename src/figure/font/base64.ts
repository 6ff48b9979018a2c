const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Returns bytes as base64 (standard alphabet, padded): the same text in the browser and in Node. */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    parts.push(
      ALPHABET.charAt((n >> 18) & 63),
      ALPHABET.charAt((n >> 12) & 63),
      i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=',
      i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=',
    );
  }
  return parts.join('');
}
