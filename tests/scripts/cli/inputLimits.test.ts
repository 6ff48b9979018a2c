import { describe, expect, it } from 'vitest';
import { escapeUnprintable, quoteCell } from '../../../scripts/cli/inputLimits';

describe('quoteCell(text)', () => {
  it('quotes a short cell as it is', () => {
    expect(quoteCell('2017-06-01')).toBe('“2017-06-01”');
    expect(quoteCell('')).toBe('“”');
  });
  it('shows at most 80 characters, then "…", even of a 10 MB cell', () => {
    expect(quoteCell('x'.repeat(80))).toBe(`“${'x'.repeat(80)}”`);
    expect(quoteCell('x'.repeat(81))).toBe(`“${'x'.repeat(80)}…”`);
    expect(quoteCell('x'.repeat(10_000_000))).toBe(`“${'x'.repeat(80)}…”`);
  });
  it('counts characters, not UTF-16 units: 80 emoji are shown whole', () => {
    expect(quoteCell('😀'.repeat(81))).toBe(`“${'😀'.repeat(80)}…”`);
  });
  it('escapes terminal escape codes and other control characters', () => {
    expect(quoteCell('\u001b[31mred\u001b[0m\u0007')).toBe('“\\u001b[31mred\\u001b[0m\\u0007”');
    expect(quoteCell('a\tb\r\nc\u0085\u007f')).toBe('“a\\u0009b\\u000d\\u000ac\\u0085\\u007f”');
  });
  it('escapes bidirectional overrides, zero-width characters, separators and astral tags', () => {
    expect(quoteCell('\u202eabc\u200b\u2028\uFEFF')).toBe('“\\u202eabc\\u200b\\u2028\\ufeff”');
    expect(quoteCell('a\u{e0001}')).toBe('“a\\u{e0001}”');
  });
  it('escapes after shortening, so an escape never counts towards the 80 characters', () => {
    expect(quoteCell('\u001b'.repeat(100))).toBe(`“${'\\u001b'.repeat(80)}…”`);
  });
});

describe('escapeUnprintable(text)', () => {
  it('leaves printable text, accents and emoji alone', () => {
    expect(escapeUnprintable('café – 😀 “x”')).toBe('café – 😀 “x”');
  });
});
