import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { timeSeriesFigure } from '../../src/core/figure/timeSeriesFigure';
import type { TimeSeriesSpec } from '../../src/core/figure/timeSeriesFigure';
import { viewContent } from '../../src/core/figure/views/viewContent';
import type { View } from '../../src/core/view/view';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { embedSnippet } from '../../src/ui/figure/embedSnippet';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/lib/staticServer';

// A newsroom's page (its own origin) pastes the snippet; the embed resizes it, and messages from anything but the
// embed's own iframe and the site's origin are ignored.
let browser: Browser;
let site: StaticServer;
let host: StaticServer;
let hostDir: string;
const VIEW: View = { view: 'ho' };
let snippet = '';
let version = '';

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveDirectory(inject('distDir'), '/');
  const read = (name: string) => readFile(join(inject('distDir'), 'data', name), 'utf8');
  const content = viewContent(await readFigureInputs(VIEW, read, `${site.url}?view=ho`));
  if (content.kind !== 'time') throw new Error('the Home Office view is a time series');
  const spec: TimeSeriesSpec = content.spec;
  snippet = embedSnippet(VIEW, (width) => timeSeriesFigure(spec, { width }), site.url, false);
  version = spec.dataVersion.slice(7, 19);
  hostDir = mkdtempSync(join(tmpdir(), 'backlash-host-'));
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html><head><link rel="icon" href="data:,"><title>A newsroom</title></head><body style="margin:0">
<p>An article.</p>${snippet}
<iframe id="stranger" srcdoc="<p>another frame</p>"></iframe>
<script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>
</body></html>`,
  );
  host = await serveDirectory(hostDir, '/');
  // The snippet's fallback heights come from the same figure model at 375 and 700 px.
  expect(snippet).toContain(`height:${timeSeriesFigure(spec, { width: 375 }).height + 60}px`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function open(url: string, width: number, scheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  page.setDefaultTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}

const iframeHeight = (page: Page) =>
  page
    .locator('iframe[id^="backlash-"]')
    .evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height));
const lastReported = (page: Page) =>
  page.evaluate(() => {
    const sizes = (window as unknown as { received: { type?: string; height?: number }[] }).received.filter(
      (d) => d?.type === 'backlash:embed-size',
    );
    return sizes.at(-1)?.height ?? null;
  });

describe('the embed on a host page of another origin', () => {
  it('sets its iframe’s height from its own messages, and again when the column narrows', async () => {
    const { page, problems } = await open(host.url, 900);
    await expect.poll(() => lastReported(page)).not.toBeNull();
    await expect
      .poll(async () => (await iframeHeight(page)) === Math.ceil((await lastReported(page)) ?? -1))
      .toBe(true);
    const wide = await iframeHeight(page);
    await page.setViewportSize({ width: 340, height: 900 });
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(wide);
    expect(await iframeHeight(page)).toBe(Math.ceil((await lastReported(page)) ?? -1));
    const amp = await page.evaluate(() =>
      (window as unknown as { received: { sentinel?: string; type?: string }[] }).received.some(
        (d) => d?.sentinel === 'amp' && d.type === 'embed-size',
      ),
    );
    expect(amp).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores a size message from the host itself or from another frame, even with the right id', async () => {
    const { page } = await open(host.url, 900);
    await expect.poll(() => lastReported(page)).not.toBeNull();
    await expect
      .poll(async () => (await iframeHeight(page)) === Math.ceil((await lastReported(page)) ?? -1))
      .toBe(true);
    const before = await iframeHeight(page);
    const id = await page.locator('iframe[id^="backlash-"]').getAttribute('id');
    await page.evaluate((embedId) => {
      window.postMessage({ type: 'backlash:embed-size', id: embedId, height: 9999 }, '*');
      const stranger = document.getElementById('stranger') as HTMLIFrameElement;
      // Run in the other frame's own realm, so that the message's source is that frame.
      const realm = stranger.contentWindow as unknown as { Function: FunctionConstructor };
      new realm.Function(
        `parent.postMessage({ type: 'backlash:embed-size', id: ${JSON.stringify(embedId)}, height: 7777 }, '*')`,
      )();
    }, id);
    await page.waitForFunction(() =>
      (window as unknown as { received: { height?: number }[] }).received.some((d) => d?.height === 7777),
    );
    expect(await iframeHeight(page)).toBe(before);
    await page.close();
  });
});

describe('embed.html on its own', () => {
  it('draws in the reader’s dark scheme on a transparent page, and reads a value from the keyboard', async () => {
    const { page, problems } = await open(`${site.url}embed.html?view=ho`, 600, 'dark');
    const figure = page.locator('.embed-figure');
    await figure.locator('svg path[d^="M"]').first().waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    expect(await page.locator('.embed-figure svg > g[fill]').first().getAttribute('fill')).toBe('#ececec');
    await figure.focus();
    await page.keyboard.press('Home');
    expect(await page.locator('.embed-readout').textContent()).toBe('Apr 2013: 2,391 (recorded)');
    await page.keyboard.press('End');
    expect(await page.locator('.embed-readout').textContent()).toContain(
      'Mar 2019: 5,167 (recorded); expected',
    );
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(72);
    expect(await page.getByRole('link', { name: /Open the full view/ }).getAttribute('href')).toBe(
      `${site.url}?view=ho`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the national bar chart at a phone’s width, and reads each bar from the keyboard', async () => {
    const { page, problems } = await open(`${site.url}embed.html?view=national`, 300);
    const figure = page.locator('.embed-figure');
    await expect.poll(() => figure.locator('svg rect[height="18"]').count()).toBe(4);
    expect(await figure.locator('svg').getAttribute('width')).toBe('300');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(300);
    await figure.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.embed-readout').textContent()).toBe(
      'Westminster attack (22 Mar 2017): 234, 1.37 times the average hate crimes a day in 2016 (higher at weekends)',
    );
    await page.keyboard.press('End');
    expect(await page.locator('.embed-readout').textContent()).toContain(
      'Finsbury Park attack (19 Jun 2017): 223',
    );
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(4);
    expect(await page.getByRole('link', { name: /Open the full view/ }).getAttribute('href')).toBe(
      `${site.url}?view=national`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says a table has no chart to embed, in words, never a blank frame', async () => {
    const { page } = await open(`${site.url}embed.html?view=reported`, 400);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'The chart could not be loaded: this view is a table, with no chart to embed: open the full view for its data',
      );
    await page.close();
  });

  it('reads a pinned version from data/versions/<version>/', async () => {
    const { page, problems } = await open(`${site.url}embed.html?view=ho&v=${version}`, 600);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.reload();
    await page.locator('.embed-figure svg path[d^="M"]').first().waitFor();
    expect(requests.filter((path) => path.includes('/data/'))).toEqual(
      expect.arrayContaining([
        `/data/versions/${version}/datapackage.json`,
        `/data/versions/${version}/ho-rra-monthly-ew.csv`,
      ]),
    );
    expect(
      requests.filter((path) => path.startsWith('/data/') && !path.startsWith('/data/versions/')),
    ).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
