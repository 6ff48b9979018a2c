import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../src/figure/font/fontFace';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/lib/staticServer';
import { loadFontNode } from '../../scripts/figure/loadFontNode';
import { rasteriseInNode } from '../../scripts/figure/rasteriseNode';
import { decodePng, pngSize } from '../scripts/figure/readPng';
import { SAMPLE_SIZE, sampleFigureSvg } from '../scripts/figure/sampleFigureSvg';

// The same SVG drawn to PNG by resvg's WebAssembly in Chromium (the page's download) and in Node (the command
// line) must give the same bytes. The page is built with Vite from tests/e2e/pngParityPage.ts, as the app is built,
// so the font files and resvg's module reach it through the same `?url` imports, and is served on loopback.

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
let nodeFontFace: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backlash-png-'));
  const entry = relative(dir, resolve(import.meta.dirname, 'pngParityPage.ts')).replaceAll('\\', '/');
  writeFileSync(join(dir, 'entry.js'), `import ${JSON.stringify(entry)};\n`);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>PNG parity</title><link rel="icon" href="data:,"><script type="module" src="./entry.js"></script>',
  );
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  server = await serveDirectory(join(dir, 'dist'), '/');
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(server.url);
  await page.waitForFunction(() => typeof window.drawPng === 'function');
  const woff2 = await loadFontNode('woff2');
  nodeFontFace = fontFaceCss(woff2[400], woff2[600]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** Draws an SVG in the page and returns the PNG's bytes. */
async function drawInBrowser(svg: string, scale: 1 | 2 | 4): Promise<Uint8Array> {
  const png = await page.evaluate(({ svg, scale }) => window.drawPng(svg, scale), { svg, scale });
  return Uint8Array.from(Buffer.from(png, 'base64'));
}

describe('PNG downloads in Chromium and in Node', () => {
  it('fetch resvg’s WebAssembly only when the first PNG is asked for', async () => {
    expect(requests.filter((url) => url.endsWith('.wasm'))).toEqual([]);
    await drawInBrowser(sampleFigureSvg(), 1);
    await drawInBrowser(sampleFigureSvg(), 1);
    expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1); // started once
    expect(problems).toEqual([]);
  }, 300_000);

  it('embed the same @font-face CSS (the same WOFF2 bytes), so the SVG text is the same', async () => {
    const browserFontFace = await page.evaluate(() => window.fontFace());
    expect(browserFontFace.length).toBeGreaterThan(40_000);
    expect(browserFontFace).toBe(nodeFontFace);
  }, 300_000);

  it.each([1, 2, 4] as const)(
    'give the same PNG bytes at %i×, for an SVG with its font embedded as downloads have',
    async (scale) => {
      const svg = sampleFigureSvg(nodeFontFace);
      const [inBrowser, inNode] = [await drawInBrowser(svg, scale), await rasteriseInNode(svg, scale)];
      expect(pngSize(inNode)).toEqual({
        width: SAMPLE_SIZE.width * scale,
        height: SAMPLE_SIZE.height * scale,
      });
      const [pixelsInBrowser, pixelsInNode] = [decodePng(inBrowser).rgba, decodePng(inNode).rgba];
      let differing = pixelsInBrowser.length === pixelsInNode.length ? 0 : Number.POSITIVE_INFINITY;
      for (let i = 0; i < pixelsInNode.length; i++) if (pixelsInBrowser[i] !== pixelsInNode[i]) differing++;
      expect(differing).toBe(0);
      expect(Buffer.from(inBrowser).equals(Buffer.from(inNode))).toBe(true);
      expect(problems).toEqual([]);
    },
    300_000,
  );
});

describe('the built page', () => {
  it('ships the font files and resvg’s module as files of their own, and resvg’s code outside the entry chunk', () => {
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    const read = (name: string) => readFileSync(join(dir, 'dist', 'assets', name));
    expect(assets.filter((name) => name.endsWith('.wasm'))).toHaveLength(1);
    expect(assets.filter((name) => name.endsWith('.woff2'))).toHaveLength(2);
    expect(assets.filter((name) => name.endsWith('.woff'))).toHaveLength(2);
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
    expect(scripts).toContain(entry);
    expect(read(entry).toString('utf8')).not.toMatch(/resvg|__wbindgen/i);
    expect(scripts.some((name) => /__wbindgen/.test(read(name).toString('utf8')))).toBe(true);
    console.info(
      assets
        .filter((name) => name !== entry)
        .map(
          (name) => `${name}: ${read(name).length} bytes, ${gzipSync(read(name), { level: 9 }).length} gzip`,
        )
        .join('\n'),
    );
  });
});
