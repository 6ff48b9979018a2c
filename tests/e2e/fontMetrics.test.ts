import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_SANS_3 } from '../../src/core/figure/font/sourceSans3Metrics';
import { textWidth } from '../../src/core/figure/font/textWidth';
import { base64 } from '../../src/figure/font/base64';
import { fontFaceCss } from '../../src/figure/font/fontFace';
import { woffToSfnt } from '../../src/figure/font/woffToSfnt';
import { launchChromium } from '../../scripts/lib/chromium';
import { loadFontNode } from '../../scripts/figure/loadFontNode';

// Our widths (a table of the font's advances, no kerning) against Chromium's, with the font loaded from the same
// WOFF2 bytes the SVG downloads embed, through the same @font-face rules, in a blank page with no network.

const SAMPLES = [
  'Manchester Arena attack',
  'Islamophobic incidents, London, 6 June 2017',
  'London Bridge attack',
  'Finsbury Park',
  'Westminster',
  'Lee Rigby',
  'EU referendum',
  'Executive Order 13769',
  '11 September 2001',
  '7 October 2023',
  '12,053',
  '6,042',
  '4,270',
  'Jan 2017',
  'Apr 2013',
  'Mar 2019',
  '×1.41',
  '×5.7 (×3.5 to ×8.8)',
  '+16.5',
  '−3',
  '0.0015',
  'Source: Home Office; FBI',
  'Racially or religiously aggravated offences',
  'Anti-Muslim incidents, United States, 1991–2023',
  'Trailing 12-month mean — baseline',
  '“The backlash has been something of a different scale.”',
  'Metropolitan Police Service’s recorded crime',
  'Farrington flexible, b = 5, w = 3 · 95% …',
  '£1,000 · €2 · 45% · ±0.5 · • ·',
  'Café, naïve, Zürich, São Paulo, Ærø',
] as const;
const SIZES = [11, 12, 16] as const;
const WEIGHTS = [400, 600] as const;
const CASES = SAMPLES.flatMap((text) =>
  SIZES.flatMap((size) => WEIGHTS.map((weight) => ({ text, size, weight }))),
);

interface Measured {
  /** Canvas measureText with kerning (what pages draw), and SVG getComputedTextLength. */
  readonly kerned: number;
  readonly svg: number;
}

/** Measures each case in the page, in `family`: canvas measureText (kerning on, the default) and an SVG <text>. */
function measure(page: Page, family: string): Promise<Measured[]> {
  return page.evaluate(
    ({ cases, family }) => {
      const context = document.createElement('canvas').getContext('2d');
      if (context === null) throw new Error('no 2D canvas');
      const svg = document.querySelector('svg');
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      svg?.append(text);
      return cases.map(({ text: content, size, weight }) => {
        context.font = `${weight} ${size}px '${family}'`;
        const kerned = context.measureText(content).width;
        text.setAttribute('style', `font: ${weight} ${size}px '${family}'`);
        text.textContent = content;
        return { kerned, svg: text.getComputedTextLength() };
      });
    },
    { cases: CASES, family },
  );
}

let browser: Browser;
let page: Page;
let converted: [string, string];
beforeAll(async () => {
  const [woff2, woff] = await Promise.all([loadFontNode('woff2'), loadFontNode('woff')]);
  converted = [base64(woffToSfnt(woff[400])), base64(woffToSfnt(woff[600]))];
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await page.route('**/*', (route) => route.abort()); // no network: the font comes from the data URLs only
  await page.setContent(
    `<!doctype html><style>${fontFaceCss(woff2[400], woff2[600])}</style>` +
      `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>`,
  );
  const loaded = await page.evaluate(async () => {
    await Promise.all([
      document.fonts.load("400 12px 'Source Sans 3'"),
      document.fonts.load("600 12px 'Source Sans 3'"),
    ]);
    return [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`);
  });
  expect(loaded).toEqual(['Source Sans 3 400 loaded', 'Source Sans 3 600 loaded']);
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('textWidth(text, size, weight) against Chromium, font loaded from the download’s @font-face', () => {
  it('is within 1% + 0.5 px of canvas measureText (kerning on) and SVG getComputedTextLength, for 30 labels × 3 sizes × 2 weights', async () => {
    const measured = await measure(page, 'Source Sans 3');
    expect(measured).toHaveLength(CASES.length);
    const rows = CASES.map((c, i) => {
      const { kerned = Number.NaN, svg = Number.NaN } = measured[i] ?? {};
      return { ...c, ours: textWidth(c.text, c.size, c.weight), kerned, svg };
    });
    for (const row of rows)
      for (const theirs of [row.kerned, row.svg])
        expect(Math.abs(row.ours - theirs), `${row.text} at ${row.size}px/${row.weight}`).toBeLessThanOrEqual(
          0.01 * theirs + 0.5,
        );
    for (const key of ['kerned', 'svg'] as const) {
      const gaps = rows.map((row) => ({
        ...row,
        gap: row.ours - row[key],
        share: (row.ours - row[key]) / row[key],
      }));
      const worst = gaps.reduce((a, b) => (Math.abs(b.share) > Math.abs(a.share) ? b : a));
      const widest = gaps.reduce((a, b) => (Math.abs(b.gap) > Math.abs(a.gap) ? b : a));
      const under = Math.min(0, ...gaps.map((g) => g.gap));
      console.info(
        `${key === 'kerned' ? 'canvas measureText' : 'SVG getComputedTextLength'}, ${rows.length} cases: ` +
          `worst ${(100 * worst.share).toFixed(2)}% (“${worst.text}” ${worst.size}px/${worst.weight}), ` +
          `largest ${widest.gap.toFixed(3)} px (“${widest.text}” ${widest.size}px/${widest.weight}), ` +
          `ours never narrower by more than ${(-under).toFixed(3)} px`,
      );
    }
  }, 300_000);

  it('gives each character of the table the advance Chromium gives it (1000 px, kerning off), to 0.05 units', async () => {
    const chars = SOURCE_SANS_3.advances.map(([ch]) => ch);
    const theirs = await page.evaluate((chars) => {
      const context = document.createElement('canvas').getContext('2d');
      if (context === null) throw new Error('no 2D canvas');
      context.fontKerning = 'none';
      return [400, 600].map((weight) => {
        context.font = `${weight} 1000px 'Source Sans 3'`;
        return chars.map((ch) => context.measureText(ch).width);
      });
    }, chars);
    const gaps = SOURCE_SANS_3.advances.flatMap(([ch, regular, semibold], i) => [
      { ch, weight: 400, gap: Math.abs(regular - (theirs[0]?.[i] ?? Number.NaN)) },
      { ch, weight: 600, gap: Math.abs(semibold - (theirs[1]?.[i] ?? Number.NaN)) },
    ]);
    const largest = Math.max(...gaps.map(({ gap }) => gap));
    console.info(
      `table vs Chromium (1000 px, kerning off), ${gaps.length} advances: largest gap ${largest.toFixed(4)} units`,
    );
    expect(gaps.filter(({ gap }) => !(gap <= 0.05))).toEqual([]);
  }, 300_000);

  it('woffToSfnt’s OpenType font passes Chromium’s font sanitiser and measures the same as the WOFF2', async () => {
    const faces = await page.evaluate(async (fonts) => {
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const loaded = await Promise.all(
        fonts.map((b64, i) =>
          new FontFace('Converted', bytes(b64), { weight: i === 0 ? '400' : '600' }).load(),
        ),
      );
      for (const face of loaded) document.fonts.add(face);
      return loaded.map((face) => face.status);
    }, converted);
    expect(faces).toEqual(['loaded', 'loaded']);
    const [fromWoff2, fromSfnt] = [await measure(page, 'Source Sans 3'), await measure(page, 'Converted')];
    expect(fromSfnt).toEqual(fromWoff2);
  }, 300_000);
});
