import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/lib/staticServer';
import { runCliAsync } from '../scripts/cli/runCli';
import { pngSize } from '../scripts/figure/readPng';

// A reader downloads every format from the built dashboard; the command line writes the same view with the same
// site address and data version, and must give the same bytes (SVG, CSV, JSON, PNG, figure pack).
let browser: Browser;
let server: StaticServer;
let page: Page;
const problems: string[] = [];
const cliDir = mkdtempSync(join(tmpdir(), 'backlash-cli-figure-'));
const downloaded = new Map<string, Uint8Array>();
const QUERY =
  'view=us&us.res=week&us.from=2015-06-01&us.to=2017-06-30&us.method=farrington&us.params=b=3;w=2';

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDirectory(inject('distDir'), '/site/');
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${server.url}?${QUERY.replace('view=us&', '')}`);
  // The link sets us.* values, so the US panel loads at once and the page scrolls to it.
  await usPanel().getByRole('button', { name: 'Download CSV' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(cliDir, { recursive: true, force: true });
});

const usPanel = () => page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });

/** Clicks a download button of a panel and returns the downloaded file's name and bytes. */
async function download(panel: Locator, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  const bytes = new Uint8Array(readFileSync(path));
  downloaded.set(button, bytes);
  return { name: file.suggestedFilename(), bytes };
}

async function cli(format: string, scale = '2', query = QUERY): Promise<Uint8Array> {
  const out = join(cliDir, `figure.${format}`);
  const run = await runCliAsync([
    'figure',
    '--view',
    query,
    '--format',
    format,
    '--scale',
    scale,
    '--out',
    out,
    '--site',
    server.url,
  ]);
  expect(run.code, run.stderr).toBe(0);
  return new Uint8Array(readFileSync(out));
}

describe('downloads from the built dashboard, and the same files from the command line', () => {
  it('CSV: every row of the view, with a byte-order mark, the same bytes as the CLI', async () => {
    const { name, bytes } = await download(usPanel(), 'Download CSV');
    expect(name).toBe('backlash-us-2015-06-01-2017-07-02.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,start,end,count,expected,upper,alarm,ratio');
    // 2015-06-01 is a Monday; the window's last week is that of 2017-06-26: 109 weeks.
    expect(lines).toHaveLength(1 + 109);
    expect(lines[1]?.startsWith('2015-06-01,2015-06-01,2015-06-07,')).toBe(true);
    expect(Buffer.from(await cli('csv')).equals(Buffer.from(bytes))).toBe(true);
  });

  it('JSON: the rows with their sources, method and data version inline, the same bytes as the CLI', async () => {
    const { bytes } = await download(usPanel(), 'Download JSON');
    const json = JSON.parse(new TextDecoder().decode(bytes)) as {
      link: string;
      dataVersion: string;
      method: { name: string; params: Record<string, unknown> };
      sources: { publisher: string }[];
      rows: unknown[];
    };
    expect(json.link).toBe(`${server.url}?${QUERY.replace('b=3;w=2', 'b%3D3%3Bw%3D2')}`);
    expect(json.dataVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.method).toMatchObject({ name: 'farrington', params: { b: 3, w: 2, freq: 52 } });
    expect(json.sources[0]?.publisher).toContain('Federal Bureau of Investigation');
    expect(json.rows).toHaveLength(109);
    expect(new TextDecoder().decode(await cli('json'))).toBe(new TextDecoder().decode(bytes));
  });

  it('SVG: the finished figure with its source line and font, the same text as the CLI', async () => {
    const { bytes } = await download(usPanel(), 'Download SVG');
    const svg = new TextDecoder().decode(bytes);
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain('Source: Federal Bureau of Investigation');
    expect(svg).toContain("@font-face{font-family:'Source Sans 3'");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
      };
    }, svg);
    expect(parsed).toEqual({ error: null, root: 'svg' });
    expect(Buffer.from(await cli('svg')).equals(Buffer.from(bytes))).toBe(true);
  });

  it('PNG at 1× and 4×: decodes at the asked size, and the same bytes (so pixels) as the CLI', async () => {
    for (const [scale, label] of [
      ['1', '1×'],
      ['4', '4×'],
    ] as const) {
      await usPanel().getByRole('combobox', { name: 'PNG size' }).selectOption({ label });
      const { name, bytes } = await download(usPanel(), 'Download PNG');
      expect(name.endsWith(`@${scale}x.png`)).toBe(true);
      expect(pngSize(bytes).width).toBe(800 * Number(scale));
      expect(Buffer.from(await cli('png', scale)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('figure pack: a ZIP holding what its README lists, the same bytes as the CLI', async () => {
    await usPanel().getByRole('combobox', { name: 'PNG size' }).selectOption({ label: '2×' });
    const { bytes } = await download(usPanel(), 'Download figure pack');
    const files = unzipSync(bytes);
    const readme = new TextDecoder().decode(files['README.txt']);
    // The README's "Files" section: one line per file, its name first.
    const section = readme.split(/\r?\n\r?\n/).find((block) => block.startsWith('Files')) ?? '';
    const listed = section
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.trim().split(/[:\s]/)[0]);
    expect(Object.keys(files).sort()).toEqual([...listed].sort());
    expect(listed).toEqual(
      expect.arrayContaining(['figure.svg', 'figure.png', 'data.csv', 'CITATION.cff', 'citation.bib']),
    );
    expect(new TextDecoder().decode(files['data.csv'])).toBe(
      new TextDecoder().decode(downloaded.get('Download CSV')),
    );
    expect(Buffer.from(await cli('pack')).equals(Buffer.from(bytes))).toBe(true);
  });

  it('Cite: a BibTeX entry that parses, naming the sources and the data version', async () => {
    await usPanel().getByText('Cite', { exact: true }).click();
    const bibtex =
      (await usPanel().locator('figure.copy-block', { hasText: 'BibTeX' }).locator('pre').textContent()) ??
      '';
    const match = /^@misc\{([\w]+),\n((?: {2}\w+ = (?:\{.*\}|\d+),?\n)+)\}\n$/.exec(bibtex);
    expect(match, bibtex).not.toBeNull();
    let depth = 0;
    for (const ch of bibtex) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bibtex).toContain('Federal Bureau of Investigation');
    expect(bibtex).toMatch(/version = \{[0-9a-f]{12}\}/);
    expect(problems).toEqual([]);
  });

  it('the national bar chart: SVG and CSV, the same bytes as the CLI', async () => {
    // The panel loads when scrolled near.
    await page.getByTestId('lazy-national').evaluateAll((els) => els.forEach((e) => e.scrollIntoView()));
    const panel = page.getByRole('region', { name: 'The national comparison the police published' });
    // Recharts draws each bar just under the label the figure placed above it, at the figure's thickness.
    const bars = panel.locator('.recharts-bar-rectangle path');
    await expect.poll(() => bars.count()).toBe(4);
    const tops = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    const labels = await panel
      .locator('.figure-labels text', { hasText: /attack \(/ })
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(labels).toHaveLength(4);
    for (const [i, bar] of tops.entries()) {
      const label = labels[i] as DOMRect;
      expect(bar.height).toBeCloseTo(18, 0);
      expect(bar.top - label.bottom).toBeGreaterThanOrEqual(0);
      expect(bar.top - label.bottom).toBeLessThan(8);
    }
    const svg = await download(panel, 'Download SVG');
    expect(svg.name).toBe('backlash-national.svg');
    const text = new TextDecoder().decode(svg.bytes);
    expect(text).toContain('Manchester Arena attack (22 May 2017)');
    expect(text).toContain('Average: 171 a day');
    expect(text).toContain('Source: National Police Chiefs’ Council');
    expect(Buffer.from(await cli('svg', '2', 'view=national')).equals(Buffer.from(svg.bytes))).toBe(true);
    const csv = await download(panel, 'Download CSV');
    const lines = new TextDecoder().decode(csv.bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('event,event_date,recorded,expected,ratio,excess,week_change_percent');
    expect(lines[3]).toBe('London Bridge attack,2017-06-03,319,171,1.8654970760233918,148,34');
    expect(Buffer.from(await cli('csv', '2', 'view=national')).equals(Buffer.from(csv.bytes))).toBe(true);
  });

  it('tables: CSV and JSON only (no image), the same bytes as the CLI', async () => {
    const reported = page.getByRole('region', { name: 'Other comparisons the police published' });
    const group = reported.getByRole('group', { name: 'Download this table' });
    await expect
      .poll(() => group.getByRole('button').allTextContents())
      .toEqual(['Download CSV', 'Download JSON']);
    const csv = await download(reported, 'Download CSV');
    expect(csv.name).toBe('backlash-reported.csv');
    const rows = new TextDecoder().decode(csv.bytes).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]?.startsWith('id,what,publisher,area,event,period,reported,comparison')).toBe(true);
    expect(rows[1]).toContain('Greater Manchester Police,Greater Manchester,Manchester Arena attack');
    expect(Buffer.from(await cli('csv', '2', 'view=reported')).equals(Buffer.from(csv.bytes))).toBe(true);
    const json = await download(reported, 'Download JSON');
    expect(Buffer.from(await cli('json', '2', 'view=reported')).equals(Buffer.from(json.bytes))).toBe(true);

    const spikes = page.getByRole('region', { name: 'The spike, stated and measured' });
    const racist = spikes.getByRole('group', { name: 'Download this table' }).nth(1);
    const versions = await download(racist, 'Download CSV');
    expect(versions.name).toBe('backlash-versions.csv');
    const query = 'view=versions&spike=mps-racist-2017-06-06';
    expect(Buffer.from(await cli('csv', '2', query)).equals(Buffer.from(versions.bytes))).toBe(true);
    expect(problems).toEqual([]);
  });
});
