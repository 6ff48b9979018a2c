import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/lib/staticServer';
import { openPage } from './openPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the site at 1280 px, recording every console error or warning, page error and failed request. */
const open = (url: string) => openPage(browser, url);

/** Scrolls a panel that loads when visible into view, if it has not loaded already. */
async function reveal(page: Page, testId: string): Promise<void> {
  // The page draws its placeholders with its first render; a panel the link points to has none (it loads at once).
  await page.locator('main').waitFor({ state: 'attached' });
  await page.getByTestId(testId).evaluateAll((els) => els.forEach((element) => element.scrollIntoView()));
}

describe('the built dashboard in Chromium, served under a sub-path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(inject('distDir'), '/backlash/');
  });
  afterAll(async () => server?.close());

  it('shows the 20, the 3.5, the ×5.7, a quote, the chart and the sources, with a quiet console', async () => {
    const { page, problems } = await open(server.url);
    const card = page.getByRole('article', { name: /Islamophobic incidents, London, 6 June 2017/ });
    await expect.poll(() => card.getByTestId('observed').textContent()).toBe('20');
    expect(await card.getByTestId('expected').textContent()).toBe('3.5');
    expect(await card.getByTestId('ratio').textContent()).toBe('×5.7');
    expect(await card.getByTestId('p-value').textContent()).toBe('1.1 × 10⁻⁹');
    await page.getByText('The backlash has been something of a different scale.').waitFor();
    const line = page
      .getByRole('region', { name: /A recorded series/ })
      .locator('.figure-chart path.series-observed')
      .last();
    await line.waitFor();
    expect((await line.getAttribute('d'))?.length ?? 0).toBeGreaterThan(200);
    const homeOffice = page.getByRole('region', { name: /A recorded series/ });
    expect(await homeOffice.locator('.figure-chart g.event').count()).toBe(8);
    await page.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
    expect(await page.getByText('Licence: Open Government Licence v3.0').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the marks over Recharts’ axes at the same pixels: events end on the time axis, 0 on the 0 gridline', async () => {
    const { page, problems } = await open(server.url);
    const chart = page.getByRole('region', { name: /A recorded series/ }).locator('.figure-chart');
    await chart.locator('path.series-observed').waitFor();
    const boxes = await chart.evaluate((element) => {
      const box = (selector: string) => element.querySelector(selector)?.getBoundingClientRect() ?? null;
      const zero = [...element.querySelectorAll('.recharts-yAxis-tick-labels text')].find(
        (tick) => tick.textContent === '0',
      );
      return {
        axis: box('.recharts-xAxis .recharts-cartesian-axis-line'),
        event: box('g.event line'),
        zero: zero?.getBoundingClientRect() ?? null,
        grid: [...element.querySelectorAll('.recharts-cartesian-grid-horizontal line')].map(
          (line) => line.getBoundingClientRect().y,
        ),
      };
    });
    if (boxes.axis === null || boxes.event === null || boxes.zero === null)
      throw new Error('no axis or event');
    expect(Math.abs(boxes.event.bottom - boxes.axis.y)).toBeLessThan(1);
    // The lowest gridline (the 0 tick's) lies on the time axis, where the figure puts 0.
    expect(Math.abs(Math.max(...boxes.grid) - boxes.axis.y)).toBeLessThan(1);
    expect(Math.abs(boxes.zero.y + boxes.zero.height / 2 - boxes.axis.y)).toBeLessThan(4);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([320, 375])('never scrolls sideways at %i px, every panel loaded', async (width) => {
    const { page, problems } = await openPage(browser, server.url, { width });
    for (const id of ['lazy-national', 'lazy-us-daily', 'lazy-london']) await reveal(page, id);
    await page.locator('.figure-chart path.series-observed').nth(3).waitFor();
    await page.getByRole('heading', { name: 'Sources', exact: true }).scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBe(widths[1]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a month’s count, baseline and ratio in the tooltip when the pointer is over the chart', async () => {
    const { page, problems } = await open(server.url);
    const panel = page.getByRole('region', { name: /A recorded series/ });
    const chart = panel.getByRole('img', { name: /Line chart/ });
    await panel.locator('.figure-chart path.series-observed').last().waitFor();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (box === null) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    const tooltip = panel.locator('.tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Recorded: [\d,]+Baseline: [\d,]+Ratio: ×\d\.\d\d/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the explore panels of the built dashboard', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(inject('distDir'), '/');
  });
  afterAll(async () => server?.close());

  it('opens the US series at the window in the URL, with the September 11 line and the 51 peak', async () => {
    const { page, problems } = await open(`${server.url}?us.from=2001-08-01&us.to=2001-12-31&us.res=day`);
    await reveal(page, 'lazy-us-daily');
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    await panel.locator('.figure-chart path.series-observed').first().waitFor();
    expect(await panel.getByText('September 11 attacks').count()).toBe(1);
    expect(await panel.getByText(/Highest day in the window/).textContent()).toContain('2001-09-12, 51');
    await panel.getByRole('button', { name: 'Christchurch, 2019' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('us.from')).toBe('2019-02-01');
    await panel.getByText('Christchurch mosque shootings').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the page answering while Farrington runs on the full daily series, off the main thread', async () => {
    const { page, problems } = await open(`${server.url}?us.res=day`);
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    await panel.locator('.figure-chart path.series-observed').first().waitFor();
    await expect.poll(() => panel.locator('.updating').textContent()).toBe('');
    // A timer on the page counts its ticks: it can only tick while the main thread is free.
    await page.evaluate(() => {
      const w = window as unknown as { ticks: number };
      w.ticks = 0;
      setInterval(() => (w.ticks += 1), 10);
    });
    const ticksAt = () => page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    await panel.getByRole('combobox', { name: 'Method', exact: true }).selectOption('farrington');
    // The page answers at once: it says it is updating and keeps the previous chart meanwhile.
    expect(await panel.locator('.updating').textContent()).toBe('Updating the chart…');
    expect(await panel.locator('.figure-chart path.series-observed').count()).toBeGreaterThan(0);
    const before = await ticksAt();
    await panel.getByTestId('method-line').waitFor();
    // While the worker ran Farrington (hundreds of milliseconds), the page's own timer kept ticking.
    expect((await ticksAt()) - before).toBeGreaterThan(2);
    expect(await panel.getByTestId('method-line').textContent()).toMatch(/^Baseline: Farrington flexible/);
    expect(await panel.locator('.updating').textContent()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws a Farrington band and alarm dots when the URL picks the method', async () => {
    const query = 'us.res=week&us.from=2015-06-01&us.to=2017-06-30&us.method=farrington&us.params=b=3;w=2';
    const { page, problems } = await open(`${server.url}?${query}`);
    await reveal(page, 'lazy-us-daily');
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    const methodLine = panel.getByTestId('method-line');
    await methodLine.waitFor();
    expect(await methodLine.textContent()).toMatch(/^Baseline: Farrington flexible: b = 3, w = 2, /);
    expect(
      (await panel.locator('.figure-chart path.series-band').getAttribute('d'))?.length ?? 0,
    ).toBeGreaterThan(100);
    const alarms = Number((await methodLine.textContent())?.match(/; (\d+) weeks? in the window alarm/)?.[1]);
    // The dots are one path, a circle (two arcs) per alarm.
    const dots = (await panel.locator('path.alarm-dots').getAttribute('d')) ?? '';
    expect(dots.split('M').length - 1).toBe(alarms);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the console silent through every change of resolution, measure, preset, method and parameter', async () => {
    const { page, problems } = await open(server.url);
    await reveal(page, 'lazy-us-daily');
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    await panel.locator('.figure-chart path.series-observed').first().waitFor();
    const shown = panel.getByRole('combobox', { name: 'Shown' });
    const steps: [string, () => Promise<unknown>][] = [
      ['month → week', () => shown.selectOption('week')],
      ['week → day', () => shown.selectOption('day')],
      ['day → year', () => shown.selectOption('year')],
      ['year → month', () => shown.selectOption('month')],
      ['month → day', () => shown.selectOption('day')],
      ['share of all', () => panel.getByRole('radio', { name: 'Share of all hate incidents' }).check()],
      ['counts', () => panel.getByRole('radio', { name: 'Anti-Muslim incidents' }).check()],
      ['preset', () => panel.getByRole('button', { name: 'Autumn 2001' }).click()],
      ['method', () => panel.getByRole('combobox', { name: 'Method' }).selectOption('ears-c2')],
      ['parameter', () => panel.getByRole('spinbutton', { name: /\(baseline\)/ }).fill('14')],
      ['day → week with a method', () => shown.selectOption('week')],
    ];
    for (const [step, act] of steps) {
      await act();
      // The series is computed in a worker: wait until the chart has caught up with the change.
      await expect.poll(() => panel.locator('.updating').textContent()).toBe('');
      await panel.locator('.figure-chart path.series-observed').first().waitFor();
      // Let the chart settle: a NaN attribute is logged when the new rows are drawn.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      expect(problems, `after ${step}`).toEqual([]);
    }
    await expect.poll(() => panel.getByTestId('method-line').textContent()).toContain('baseline = 14');
    await page.close();
  });

  it('answers a link with a window longer than the series with a message naming it, and keeps the chart', async () => {
    const query = 'us.res=day&us.method=trailing-mean&us.params=window=100000000';
    const { page, problems } = await open(`${server.url}?${query}`);
    await reveal(page, 'lazy-us-daily');
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'window: expected a whole number >= 1 and <= 12052 (window + guard must leave at least one of the ' +
        'series’ 12,053 rows to test), got 100000000',
    );
    await panel.locator('.figure-chart path.series-observed').first().waitFor();
    expect(await panel.getByTestId('method-line').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the London series with the recording change shaded', async () => {
    const { page, problems } = await open(server.url);
    await reveal(page, 'lazy-london');
    const panel = page.getByRole('region', { name: /London: racially or religiously aggravated/ });
    await panel.locator('.figure-chart path.series-observed').first().waitFor();
    expect(await panel.locator('.figure-chart rect.shade').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the built dashboard with a broken data file', () => {
  let server: StaticServer;
  let brokenDir: string;
  beforeAll(async () => {
    brokenDir = mkdtempSync(join(tmpdir(), 'backlash-broken-'));
    cpSync(inject('distDir'), brokenDir, { recursive: true });
    writeFileSync(join(brokenDir, 'data/ho-rra-monthly-ew.csv'), 'date,count\n2013-04,2391\n2013-05,many\n');
    server = await serveDirectory(brokenDir, '/');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(brokenDir, { recursive: true, force: true });
  });

  it('names the file, row and field in the chart’s place, and keeps the rest of the page', async () => {
    const { page, problems } = await open(server.url);
    const alert = page.getByRole('region', { name: /A recorded series/ }).getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Could not load the monthly series.');
    expect(text).toContain('data/ho-rra-monthly-ew.csv');
    expect(text).toMatch(/Row\s*2/);
    expect(text).toMatch(/Field\s*count/);
    expect(text).toContain('expected a whole number of 0 or more (got “many”)');
    await page.getByTestId('ratio').first().waitFor();
    expect(await page.getByTestId('ratio').first().textContent()).toBe('×5.7');
    expect(problems).toEqual([]);
    await page.close();
  });
});
