import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontCovers, textWidth, truncateToWidth } from '../../../../src/core/figure/font/textWidth';

// Reference values are sums of the advances in src/core/figure/font/sourceSans3Metrics.ts (font units, em = 1000),
// each row named by its code point, times the size over 1000. The table itself is checked against the font files
// (tests/scripts/figure/fontMetrics.test.ts) and against Chromium (tests/e2e/fontMetrics.test.ts).

describe('textWidth(text, fontSize, weight)', () => {
  it.each([
    // 1 2 , 0 5 3 at weight 400: 497 + 497 + 249 + 497 + 497 + 497 = 2734 units.
    ['12,053', 12, 400, 32.808],
    // J 479, a 504, n 547, space 200, 2 0 1 7 4 × 497: 3718 units.
    ['Jan 2017', 11, 400, 40.898],
    // × 513, 1 513, . 275, 4 513, 1 513 at weight 600: 2327 units.
    ['×1.41', 16, 600, 37.232],
    // M 727, a 504, n 547 at weight 400; M 745, a 516, n 560 at weight 600.
    ['Man', 10, 400, 17.78],
    ['Man', 10, 600, 18.21],
    // – U+2013 480, − U+2212 497, … U+2026 948, ’ U+2019 249 at weight 400.
    ['–−…’', 20, 400, 43.48],
  ] as const)(
    'textWidth(%j, %i, %i) is %f px: the sum of its advances × size / 1000',
    (text, size, weight, px) => {
      expect(textWidth(text, size, weight)).toBeCloseTo(px, 10);
    },
  );

  it('textWidth("", …) is 0; a soft hyphen (U+00AD) and a zero-width space (U+200B) measure 0', () => {
    expect(textWidth('', 12, 400)).toBe(0);
    expect(textWidth('a\u00adb\u200b', 12, 400)).toBeCloseTo(textWidth('ab', 12, 400), 12);
  });

  it('counts one em for a character the font lacks (→, ≥, superscript 9, φ), at both weights', () => {
    expect(textWidth('→', 12, 400)).toBe(12);
    expect(textWidth('≥⁹', 10, 600)).toBe(20);
    // φ 1000 (fallback), space 200, = 497, space 200, 1 497, . 249, 5 497: 3140 units.
    expect(textWidth('φ = 1.5', 10, 400)).toBeCloseTo(31.4, 10);
  });

  it('scales linearly with the font size and adds up over concatenation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        expect(textWidth(a + b, 12, 400)).toBeCloseTo(textWidth(a, 12, 400) + textWidth(b, 12, 400), 8);
        expect(textWidth(a, 24, 600)).toBeCloseTo(2 * textWidth(a, 12, 600), 8);
      }),
    );
  });
});

describe('fontCovers(text)', () => {
  it('is true for Latin-1 and the typographic marks the font has, false for what another font would draw', () => {
    expect(fontCovers('Source: Home Office; FBI · 1991–2023 · £ € % ± × “é”')).toBe(true);
    expect(fontCovers('1.1 × 10⁻⁹')).toBe(false);
    expect(fontCovers('a → b')).toBe(false);
  });
});

describe('truncateToWidth(text, maxWidth, fontSize, weight)', () => {
  const width = (text: string) => textWidth(text, 11, 400);
  const cut = (text: string, maxWidth: number) => truncateToWidth(text, maxWidth, 11, 400);

  it('returns the text unchanged when it fits', () => {
    expect(cut('Manchester Arena attack', width('Manchester Arena attack'))).toBe('Manchester Arena attack');
  });

  it('cuts at the end of a word when that keeps at least half of what fits', () => {
    expect(cut('Manchester Arena attack', width('Manchester Ar…'))).toBe('Manchester…');
    expect(cut('Finsbury Park, London', width('Finsbury Park, Lo…'))).toBe('Finsbury Park…');
    expect(cut('Finsbury Park, London', width('Finsbury Park…'))).toBe('Finsbury Park…');
  });

  it('cuts between characters when no word ends late enough', () => {
    expect(cut('Manchester', width('Manch…'))).toBe('Manch…');
    expect(cut('Manchester', width('Manch…') - 0.01)).toBe('Manc…');
    expect(cut('A Manchester Arena', width('A Manchest…'))).toBe('A Manchest…');
  });

  it('returns "…" when only it fits, and "" when not even "…" fits', () => {
    expect(cut('Westminster', width('…'))).toBe('…');
    expect(cut('Westminster', width('…') - 0.01)).toBe('');
  });

  it('never returns a text wider than maxWidth, and returns either the text or a start of it with "…"', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (text, maxWidth) => {
          const short = cut(text, maxWidth);
          expect(width(short)).toBeLessThanOrEqual(maxWidth);
          if (short !== text && short !== '') {
            expect(short.endsWith('…')).toBe(true);
            expect(text.startsWith(short.slice(0, -1))).toBe(true);
          }
        },
      ),
    );
  });
});
