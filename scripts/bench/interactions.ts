// The analyst's interactions, timed in the built app in headless Chromium: from the input to the chart updated, and
// the longest main-thread task meanwhile, for each change the speed issue names (median of repeated runs).
import type { Page } from 'playwright-core';
import { DETECTION_METHODS } from '../../src/core/detection/methods';
import { launchChromium } from '../lib/chromium';
import { serveDirectory } from '../lib/staticServer';
import { median } from './median';

/** One change a reader makes: where, and how; `apply` returns the page's time at the moment of the input. */
interface Change {
  readonly label: string;
  readonly apply: (page: Page, run: number) => Promise<number>;
}

const US = /United States: anti-Muslim hate incidents/;
const LONDON = /London: racially or religiously aggravated/;
const METHODS = DETECTION_METHODS.map((method) => method.name);

/**
 * Sets a select of a panel to a value and dispatches its change event inside the page, as a reader's choice does,
 * returning the page's time at that moment (so the automation's own checks are not counted).
 */
const choose =
  (panel: RegExp, name: string | RegExp, value: (run: number) => string) =>
  async (page: Page, run: number) => {
    const select = await page
      .getByRole('region', { name: panel })
      .getByRole('combobox', { name, exact: typeof name === 'string' })
      .elementHandle();
    if (select === null) throw new Error(`no select ${String(name)}`);
    return select.evaluate((element, next) => {
      (element as HTMLSelectElement).value = next;
      const at = performance.now();
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return at;
    }, value(run));
  };

/** Clicks a button of a panel inside the page, returning the page's time at the click. */
const press = (panel: RegExp, name: (run: number) => string) => async (page: Page, run: number) => {
  const button = await page
    .getByRole('region', { name: panel })
    .getByRole('button', { name: name(run) })
    .elementHandle();
  if (button === null) throw new Error(`no button ${name(run)}`);
  return button.evaluate((element) => {
    const at = performance.now();
    (element as HTMLButtonElement).click();
    return at;
  });
};

const CHANGES: readonly Change[] = [
  ...METHODS.map((method) => ({
    label: `US by day: method → ${method}`,
    apply: choose(US, 'Method', (run) => (run % 2 === 0 ? method : '')),
  })),
  {
    label: 'US by day: window → a preset (Autumn 2001 / All)',
    apply: press(US, (run) => (run % 2 === 0 ? 'Autumn 2001' : 'All, 1991–2023')),
  },
  {
    label: 'US: resolution day ↔ week',
    apply: choose(US, /^Shown/, (run) => (run % 2 === 0 ? 'week' : 'day')),
  },
  {
    label: 'US by day: filter → New York / all states',
    apply: choose(US, 'State', (run) => (run % 2 === 0 ? 'NY' : '')),
  },
  {
    label: 'London monthly: area → Camden / London',
    apply: choose(LONDON, 'Area', (run) => (run % 2 === 0 ? 'Camden' : 'London')),
  },
];

/** Installs the page's recorders: long tasks, and the time of the last change to any chart. */
const RECORDERS = () => {
  const w = window as unknown as { longTasks: { start: number; duration: number }[]; lastDraw: number };
  w.longTasks = [];
  w.lastDraw = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => (w.lastDraw = performance.now())).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

/** Returns, per change, the median milliseconds from input to chart updated, and the longest main-thread task seen. */
export async function benchInteractions(distDir: string, runs = 6): Promise<[string, string][]> {
  const server = await serveDirectory(distDir, '/');
  const browser = await launchChromium();
  const rows: [string, string][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(RECORDERS);
    await page.goto(`${server.url}?us.res=day&us.filter=1&area=London`);
    await page
      .getByRole('region', { name: US })
      .getByRole('combobox', { name: 'State', exact: true })
      .waitFor();
    await page
      .getByRole('region', { name: /London: racially/ })
      .locator('.recharts-line-curve')
      .first()
      .waitFor();
    for (const change of CHANGES) {
      const latencies: number[] = [];
      let longest = 0;
      for (let run = 0; run < runs; run++) {
        await page.waitForTimeout(300);
        const started = await change.apply(page, run);
        // Updated: nothing is updating any more and no chart changed for 400 ms.
        await page.waitForFunction(() => {
          const w = window as unknown as { lastDraw: number };
          const busy = [...document.querySelectorAll('.updating')].some((e) => e.textContent !== '');
          return !busy && performance.now() - w.lastDraw > 400;
        });
        const { lastDraw, tasks } = await page.evaluate((since) => {
          const w = window as unknown as {
            longTasks: { start: number; duration: number }[];
            lastDraw: number;
          };
          return { lastDraw: w.lastDraw, tasks: w.longTasks.filter((t) => t.start >= since) };
        }, started);
        latencies.push(lastDraw - started);
        longest = Math.max(longest, 0, ...tasks.map((t) => t.duration));
      }
      rows.push([
        `${change.label}: input to chart updated (median of ${runs}) / longest main-thread task`,
        `${median(latencies).toFixed(0)} ms / ${longest.toFixed(0)} ms`,
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
