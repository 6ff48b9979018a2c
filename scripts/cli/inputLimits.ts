/** The most data rows (lines after the header, blank ones included) a command reads from one file. */
export const MAX_ROWS = 100_000;

/** The most characters one line (one record, quoted line breaks included) may hold. */
export const MAX_LINE_CHARS = 65_536;

/** The most characters of a bad cell a message quotes. */
export const MAX_QUOTED_CHARS = 80;

/** Returns a cell for a message: quoted, at most 80 characters (then "…"), control characters escaped. */
export function quoteCell(text: string): string {
  const chars = [...text];
  const shown = chars.slice(0, MAX_QUOTED_CHARS).join('');
  const escaped = [...shown].map((ch) => (isControl(ch) ? `\\u${hex4(ch)}` : ch)).join('');
  return `“${escaped}${chars.length > MAX_QUOTED_CHARS ? '…' : ''}”`;
}

function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).padStart(4, '0');
}
