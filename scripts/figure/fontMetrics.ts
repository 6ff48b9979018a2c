import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { FONT_WEIGHTS, fontFileName } from '../../src/figure/font/bundledFont';
import { woffTables } from '../../src/figure/font/woffTables';
import { REPO_ROOT } from '../data/rawFiles';
import { loadFontNode } from './loadFontNode';
import { type FontMetrics, readFontMetrics } from './readFontMetrics';

// `npm run figure:font [-- --check]`: writes the table of character widths the figure model lays text out with
// (src/core/figure/font/sourceSans3Metrics.ts), read from the bundled font's WOFF files in node_modules, or
// checks that the committed table is what the font gives.

/** The metrics module's path in the repository. */
export const METRICS_MODULE = 'src/core/figure/font/sourceSans3Metrics.ts';

/** Characters figures may print: printable ASCII, Latin-1, and the typographic marks and signs the app uses. */
export const PRINTED: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...codePoints('’‘“”–—−×…·•→≥≤±⁰¹²³⁴⁵⁶⁷⁸⁹⁻£€%\u2009'),
];

/** Characters that shapers and browsers draw as nothing (default-ignorable), whatever advance the font gives them. */
const INVISIBLE: ReadonlySet<number> = new Set([
  0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff,
]);

/**
 * Width of a character the font lacks, in ems. Browsers draw it in another font, resvg as the .notdef box (0.65 em);
 * one em is wider than either for the characters we print (Chromium on Debian: → 1.0, ≥ 0.55, ⁰ 0.40 em).
 */
const FALLBACK_EM = 1;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function codePoints(text: string): number[] {
  return [...text].map((ch) => ch.codePointAt(0) ?? 0);
}

/** Returns the metrics module's text for the font's two weights (WOFF 1.0 files): what `npm run figure:font` writes. */
export function metricsModule(
  regular: FontMetrics,
  semibold: FontMetrics,
  mapped: readonly number[],
): string {
  if (regular.unitsPerEm !== semibold.unitsPerEm) throw new RangeError('the two weights have different ems');
  const width = (metrics: FontMetrics, cp: number) => (INVISIBLE.has(cp) ? 0 : (metrics.advanceOf(cp) ?? 0));
  const rows = mapped.map(
    (cp) => `    [${literal(cp)}, ${width(regular, cp)}, ${width(semibold, cp)}], // U+${hex(cp)}`,
  );
  const missing = PRINTED.filter((cp) => regular.advanceOf(cp) === null || semibold.advanceOf(cp) === null);
  const files = FONT_WEIGHTS.map((weight) => fontFileName(weight, 'woff')).join(', ');
  return `// Written by \`npm run figure:font\` from @fontsource/source-sans-3, do not edit:
// ${files}.

/** Advance widths of a font in font units: what a figure's layout needs to measure text without a DOM. */
export interface FontMetricsTable {
  /** Font units per em. */
  readonly unitsPerEm: number;
  /** Ascender and descender (hhea) in font units; the descender is negative. */
  readonly ascender: number;
  readonly descender: number;
  /** Each character the font maps, with its advance at weights 400 and 600 (0 for characters drawn as nothing). */
  readonly advances: readonly (readonly [char: string, regular: number, semibold: number])[];
  /** Advance of any other character, at weights 400 and 600: browsers draw it in another font, resvg as a box. */
  readonly fallback: readonly [regular: number, semibold: number];
  /** Characters figures print that the font lacks (measured with the fallback advance). */
  readonly missing: string;
}

/**
 * Source Sans 3 (SIL Open Font License 1.1), Latin subset, weights 400 and 600. Kerning is not recorded: a
 * text's width is the sum of its characters' advances, which the font's kerning pairs make a little narrower.
 */
export const SOURCE_SANS_3: FontMetricsTable = {
  unitsPerEm: ${regular.unitsPerEm},
  ascender: ${regular.ascender},
  descender: ${regular.descender},
  advances: [
${rows.join('\n')}
  ],
  fallback: [${FALLBACK_EM * regular.unitsPerEm}, ${FALLBACK_EM * semibold.unitsPerEm}],
  missing: ${literal(...missing)},
};
`;
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** A single-quoted string literal; a character other than a letter, digit, mark of punctuation, symbol or U+0020 is escaped. */
function literal(...cps: number[]): string {
  const body = cps
    .map((cp) => {
      const ch = String.fromCodePoint(cp);
      if (ch === "'" || ch === '\\') return `\\${ch}`;
      return ch === ' ' || /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : `\\u{${hex(cp)}}`;
    })
    .join('');
  return `'${body}'`;
}

/** Returns the code points a cmap maps that a figure could print: every one but control characters, ascending. */
export function printableMapped(metrics: FontMetrics): number[] {
  const mapped: number[] = [];
  for (let cp = 0x20; cp <= 0xffff; cp++) {
    const control = cp === 0x7f || (cp >= 0x80 && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff);
    if (!control && metrics.advanceOf(cp) !== null) mapped.push(cp);
  }
  return mapped;
}

/** Returns the metrics module's text, read from the bundled font's WOFF files in node_modules. */
export async function generateMetricsModule(): Promise<string> {
  const woff = await loadFontNode('woff');
  const regular = readFontMetrics(woffTables(woff[400]).tables);
  const semibold = readFontMetrics(woffTables(woff[600]).tables);
  const mapped = printableMapped(regular).filter((cp) => semibold.advanceOf(cp) !== null);
  return metricsModule(regular, semibold, mapped);
}

/** Writes the metrics module to `path` (default: the committed one), or with `--check` compares it; returns the exit code. */
export async function runFontMetrics(
  argv: readonly string[],
  path = resolve(REPO_ROOT, METRICS_MODULE),
): Promise<number> {
  const text = await generateMetricsModule();
  if (!argv.includes('--check')) {
    await writeFile(path, text);
    console.log(`wrote ${relative(process.cwd(), path)}`);
    return 0;
  }
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === text) {
    console.log(`${relative(process.cwd(), path)} is what the font gives`);
    return 0;
  }
  console.error(`${relative(process.cwd(), path)} differs from what the font gives: run npm run figure:font`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.exitCode = await runFontMetrics(process.argv.slice(2));
}
