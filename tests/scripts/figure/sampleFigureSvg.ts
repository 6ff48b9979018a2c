import { fontFamilyFor } from '../../../src/core/figure/theme';

/** The sample's width and height in pixels. */
export const SAMPLE_SIZE = { width: 360, height: 200 } as const;

/** Where the sample's title is drawn (semibold, 18 px): a box around its text, in the SVG's pixels. */
export const TITLE_BOX = { x: 16, y: 14, width: 300, height: 22 } as const;

/**
 * Returns a small figure-like SVG: a semibold title, regular labels with typographic characters, a line, a dashed
 * baseline, a band and a dot; with `fontFace` (the download's `@font-face` rules) in its `<style>`, as downloads are.
 */
export function sampleFigureSvg(fontFace = '', title = 'Manchester Arena attack'): string {
  const { width, height } = SAMPLE_SIZE;
  const regular = fontFamilyFor(400);
  const semibold = fontFamilyFor(600);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${regular}">`,
    fontFace === '' ? '' : `<style>${fontFace}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="32" font-size="18" font-weight="600" font-family="${semibold}" fill="#1a1a1a">${title}</text>`,
    `<text x="16" y="50" font-size="13" fill="#555555">Racially or religiously aggravated offences – ×1.41 “baseline”</text>`,
    `<rect x="40" y="90" width="300" height="40" fill="#2f4d6b" fill-opacity="0.25"/>`,
    `<polyline points="40,150 90,120 140,135 190,70 240,110 290,100 340,125" fill="none" stroke="#1f6fb2" stroke-width="2"/>`,
    `<line x1="40" y1="115" x2="340" y2="115" stroke="#777777" stroke-dasharray="4 3"/>`,
    `<circle cx="190" cy="70" r="4" fill="#d7301f"/>`,
    `<text x="196" y="66" font-size="12" font-weight="600" font-family="${semibold}" fill="#d7301f">12,053</text>`,
    `<g font-size="12" fill="#555555"><text x="40" y="172">Jan 2017</text><text x="150" y="172">Jun 2017</text><text x="262" y="172">Dec 2017</text></g>`,
    `<text x="16" y="192" font-size="11" fill="#555555">Source: Home Office; FBI · 1991–2023 · £ € % ±</text>`,
    '</svg>',
  ].join('');
}
