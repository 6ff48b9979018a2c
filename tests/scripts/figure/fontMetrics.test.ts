import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SOURCE_SANS_3 } from '../../../src/core/figure/font/sourceSans3Metrics';
import { woffTables } from '../../../src/figure/font/woffTables';
import { REPO_ROOT } from '../../../scripts/data/rawFiles';
import {
  generateMetricsModule,
  METRICS_MODULE,
  PRINTED,
  runFontMetrics,
} from '../../../scripts/figure/fontMetrics';
import { loadFontNode } from '../../../scripts/figure/loadFontNode';
import { type FontMetrics, readFontMetrics } from '../../../scripts/figure/readFontMetrics';

let regular: FontMetrics;
let semibold: FontMetrics;
let generated: string;
beforeAll(async () => {
  const woff = await loadFontNode('woff');
  regular = readFontMetrics(woffTables(woff[400]).tables);
  semibold = readFontMetrics(woffTables(woff[600]).tables);
  generated = await generateMetricsModule();
}, 300_000);

describe('the committed metrics table (src/core/figure/font/sourceSans3Metrics.ts)', () => {
  it('is exactly what `npm run figure:font` generates from the font files in node_modules', () => {
    expect(readFileSync(resolve(REPO_ROOT, METRICS_MODULE), 'utf8')).toBe(generated);
  });

  it('holds every printed character the font has, and names the others as missing', () => {
    const held = new Set(SOURCE_SANS_3.advances.map(([ch]) => ch));
    const missing = PRINTED.map((cp) => String.fromCodePoint(cp)).filter((ch) => !held.has(ch));
    expect(missing.join('')).toBe(SOURCE_SANS_3.missing);
    // The Latin subset of @fontsource/source-sans-3 has no arrows but ↑ ↓, no ≤ ≥ and no superscripts but ¹ ² ³.
    expect(SOURCE_SANS_3.missing).toBe('→≥≤⁰⁴⁵⁶⁷⁸⁹⁻');
  });

  it('gives each held character the advance the font’s hmtx gives its glyph, at both weights', () => {
    for (const [ch, atRegular, atSemibold] of SOURCE_SANS_3.advances) {
      if (ch === '\u00ad' || ch === '\u200b' || ch === '\ufeff') continue; // drawn as nothing: 0 by design
      const cp = ch.codePointAt(0) ?? 0;
      expect([ch, atRegular, atSemibold]).toEqual([ch, regular.advanceOf(cp), semibold.advanceOf(cp)]);
    }
  });

  it('records the font’s em and extent: 1000 units, ascender 1024, descender −400 (head, hhea)', () => {
    expect([SOURCE_SANS_3.unitsPerEm, SOURCE_SANS_3.ascender, SOURCE_SANS_3.descender]).toEqual([
      1000, 1024, -400,
    ]);
    expect([regular.unitsPerEm, regular.ascender, regular.descender]).toEqual([1000, 1024, -400]);
  });
});

describe('readFontMetrics(tables) on the Latin subset', () => {
  // Reference values: Chromium's canvas measureText of each character at 1000 px in the same font (WOFF2),
  // fontKerning "none": n 546.999, "12,053" 2733.996 (tests/e2e/fontMetrics.test.ts measures them again).
  it('reads the advances of format 4 cmap segments with and without a glyph index array', () => {
    expect(regular.advanceOf('n'.codePointAt(0) ?? 0)).toBe(547);
    expect(['1', '2', ',', '0', '5', '3'].map((ch) => regular.advanceOf(ch.codePointAt(0) ?? 0))).toEqual([
      497, 497, 249, 497, 497, 497,
    ]);
    expect(regular.advanceOf(0x2192)).toBeNull(); // →
    expect(regular.advanceOf(0x1f600)).toBeNull(); // beyond the BMP
  });

  it('counts 324 glyphs in both weights, and a .notdef of 653 and 672 units', () => {
    expect([regular.glyphCount, semibold.glyphCount]).toEqual([324, 324]);
    expect([regular.notdefAdvance, semibold.notdefAdvance]).toEqual([653, 672]);
  });
});

describe('npm run figure:font', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backlash-font-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the table, and --check then passes (exit code 0)', async () => {
    const path = join(dir, 'written.ts');
    expect(await runFontMetrics([], path)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(generated);
    expect(await runFontMetrics(['--check'], path)).toBe(0);
  });

  it('--check fails (exit code 1) when one width differs or the file is missing', async () => {
    const path = join(dir, 'edited.ts');
    writeFileSync(path, generated.replace("['n', 547, 560]", "['n', 548, 560]"));
    expect(readFileSync(path, 'utf8')).not.toBe(generated);
    expect(await runFontMetrics(['--check'], path)).toBe(1);
    expect(await runFontMetrics(['--check'], join(dir, 'absent.ts'))).toBe(1);
  });
});
