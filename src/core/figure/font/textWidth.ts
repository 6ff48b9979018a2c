import { SOURCE_SANS_3 } from './sourceSans3Metrics';

// Text is measured from the bundled font's own advance widths (sourceSans3Metrics.ts), never from a DOM, so the
// figure model lays out the same figure in the browser and in Node.

type Weight = 400 | 600;

const ADVANCES: Readonly<Record<Weight, ReadonlyMap<string, number>>> = {
  400: new Map(SOURCE_SANS_3.advances.map(([ch, regular]) => [ch, regular])),
  600: new Map(SOURCE_SANS_3.advances.map(([ch, , semibold]) => [ch, semibold])),
};

const FALLBACK: Readonly<Record<Weight, number>> = {
  400: SOURCE_SANS_3.fallback[0],
  600: SOURCE_SANS_3.fallback[1],
};

const ELLIPSIS = '…';

/** Returns the sum of a text's advances in font units; a character the font lacks counts the fallback advance. */
function units(text: string, weight: Weight): number {
  const advances = ADVANCES[weight];
  let sum = 0;
  for (const ch of text) sum += advances.get(ch) ?? FALLBACK[weight];
  return sum;
}

const pixels = (fontUnits: number, fontSize: number) => (fontUnits * fontSize) / SOURCE_SANS_3.unitsPerEm;

/**
 * Returns the width in pixels of one line of text in the bundled font (Source Sans 3) at a size and weight: the
 * sum of its characters' advances × size / units per em. Kerning is ignored, so a label measures up to about 1%
 * wider than browsers and resvg draw it ("To", "AV", "Wa" kern tighter; tests/e2e/fontMetrics.test.ts): layouts
 * err towards room, not towards overprinting. A character the font lacks (see `fontCovers`) counts one em.
 */
export function textWidth(text: string, fontSize: number, weight: Weight): number {
  return pixels(units(text, weight), fontSize);
}

/** Returns true when the bundled font has every character of the text, so no other font draws any of it. */
export function fontCovers(text: string): boolean {
  for (const ch of text) if (!ADVANCES[400].has(ch)) return false;
  return true;
}

/**
 * Returns the text if it fits in `maxWidth` pixels, else its longest start that fits with "…" after it: cut at the
 * end of a word when that keeps at least half of it ("Manchester Arena attack" → "Manchester…"), else between
 * characters ("Manch…"), trailing spaces and commas dropped; "" when not even "…" fits. Never wider than `maxWidth`.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, weight: Weight): string {
  const fits = (fontUnits: number) => pixels(fontUnits, fontSize) <= maxWidth;
  if (fits(units(text, weight))) return text;
  const ellipsis = units(ELLIPSIS, weight);
  if (!fits(ellipsis)) return '';
  const chars = [...text];
  let used = ellipsis;
  let kept = 0;
  while (kept < chars.length && fits(used + units(chars[kept] ?? '', weight)))
    used += units(chars[kept++] ?? '', weight);
  let head = chars.slice(0, kept).join('');
  const endsWord = /[\s,;:.!?)–—-]/u.test(chars[kept] ?? ''); // the cut already ends a word
  const space = head.search(/\s\S*$/);
  if (!endsWord && space >= head.length / 2) head = head.slice(0, space);
  return `${head.replace(/[\s,;:–—(-]+$/u, '')}${ELLIPSIS}`;
}
