/** The most rows after the header (blank lines included, a quoted line break not) one file may hold. */
export const MAX_ROWS = 100_000;

/** The most characters one line (one record, quoted line breaks included) may hold. */
export const MAX_LINE_CHARS = 65_536;

/** The most characters of a bad cell a message quotes. */
export const MAX_QUOTED_CHARS = 80;

/**
 * Characters a message never prints as they are: control characters (terminal escape codes among them), format
 * characters (bidirectional overrides, zero-width ones), line and paragraph separators, surrogates and private use.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/gu;

/** Returns the text with every unprintable character written as an escape (`\u001b`, `\u{e0001}`). */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Returns a cell for a message: quoted, at most 80 characters (then "…"), unprintable characters escaped. */
export function quoteCell(text: string): string {
  const chars = [...text.slice(0, 4 * MAX_QUOTED_CHARS)];
  const shown = escapeUnprintable(chars.slice(0, MAX_QUOTED_CHARS).join(''));
  return `“${shown}${chars.length > MAX_QUOTED_CHARS ? '…' : ''}”`;
}
