import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium';
import { serveDirectory } from '../lib/staticServer';

/** What one load of the built dashboard cost before its first chart was drawn. */
export interface PageLoad {
  /** Milliseconds from navigation start to the first chart line in the DOM. */
  readonly firstChartMs: number;
  /** Gzipped bytes of the JavaScript requested before the first chart was drawn. */
  readonly jsGzipBytes: number;
  /** Gzipped bytes of the data files requested before the first chart was drawn. */
  readonly dataGzipBytes: number;
  readonly files: readonly string[];
}

/** Marks when an element matching the selector (the first chart's line) appears, as window.__firstChart. */
const markFirstChart = (selector: string) => `
  new MutationObserver((_, observer) => {
    const line = document.querySelector(${JSON.stringify(selector)});
    if (line) { window.__firstChart = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** What page to load and what marks its first chart: the dashboard's Recharts line by default. */
export interface PageToLoad {
  readonly path: string;
  readonly chartSelector: string;
}

const DASHBOARD: PageToLoad = { path: '', chartSelector: '.figure-chart path.series-observed' };

/** Loads a page of the built app in headless Chromium `runs` times, each in a fresh context (cold cache). */
export async function measurePageLoads(
  distDir: string,
  runs: number,
  target: PageToLoad = DASHBOARD,
): Promise<PageLoad[]> {
  const server = await serveDirectory(distDir, '/');
  const browser = await launchChromium();
  const loads: PageLoad[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(markFirstChart(target.chartSelector));
      const requested: { path: string; at: number }[] = [];
      page.on('request', (request) =>
        requested.push({ path: new URL(request.url()).pathname, at: Date.now() }),
      );
      await page.goto(`${server.url}${target.path}`);
      await page.waitForFunction(
        () => (window as unknown as { __firstChart?: number }).__firstChart !== undefined,
      );
      const firstChartMs = await page.evaluate(
        () => (window as unknown as { __firstChart: number }).__firstChart,
      );
      const drawnAt = Date.now();
      const before = requested
        .filter((r) => r.at <= drawnAt)
        .map((r) => r.path.replace(/^\//, '') || 'index.html');
      const gz = (paths: string[]) =>
        paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path))).length, 0);
      loads.push({
        firstChartMs,
        jsGzipBytes: gz(before.filter((p) => p.endsWith('.js'))),
        dataGzipBytes: gz(before.filter((p) => p.startsWith('data/'))),
        files: before,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return loads;
}
