// The analyst's interactions, timed in the built app in headless Chromium: from the input to the chart updated, and
// the longest main-thread task meanwhile, for each change the speed issue names, on the daily and the monthly views.
// Each change is made once on a freshly loaded page (nothing of it computed before) and then undone (a return to a
// view already shown); each page load is one run, and the medians are over the runs.
import type { Locator, Page } from 'playwright-core';
import { DETECTION_METHODS } from '../../src/core/detection/methods';
import { launchChromium } from '../lib/chromium';
import { serveDirectory } from '../lib/staticServer';
import { median } from './median';

/** One change a reader makes, and its undoing: `apply` returns the page's time at the moment of the input. */
interface Change {
  /** The chart changed and how, e.g. "US daily (12,053 rows): method → cusum". */
  readonly label: string;
  readonly apply: (page: Page, undo: boolean) => Promise<number>;
  /** A setting made before the change (undo: false) and reset after it (undo: true), untimed. */
  readonly setting?: (page: Page, undo: boolean) => Promise<number>;
}

const US = /United States: anti-Muslim hate incidents/;
const LONDON = /London: racially or religiously aggravated/;

/**
 * Sets a select or input of a panel to a value and dispatches its events inside the page, as a reader's choice
 * does, returning the page's time at that moment (so the automation's own checks are not counted).
 */
const set =
  (panel: RegExp, find: (region: Locator) => Locator, value: string, undoValue: string) =>
  async (page: Page, undo: boolean) => {
    const control = await find(page.getByRole('region', { name: panel })).elementHandle();
    if (control === null) throw new Error(`no control for ${value} in ${String(panel)}`);
    return control.evaluate(
      (element, next) => {
        // Through the prototype's setter, as the browser's own input does, so React sees a change.
        const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
        Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(element, next);
        const at = performance.now();
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
        return at;
      },
      undo ? undoValue : value,
    );
  };

/** Finds a panel's select by its label. */
const select = (name: string) => (region: Locator) => region.getByRole('combobox', { name, exact: true });

/** Clicks a button of a panel inside the page, returning the page's time at the click. */
const press = (panel: RegExp, name: string, undoName: string) => async (page: Page, undo: boolean) => {
  const button = await page
    .getByRole('region', { name: panel })
    .getByRole('button', { name: undo ? undoName : name })
    .elementHandle();
  if (button === null) throw new Error(`no button ${name}`);
  return button.evaluate((element) => {
    const at = performance.now();
    (element as HTMLButtonElement).click();
    return at;
  });
};

/** The changes of one pass over the US chart at a resolution (and, for the monthly pass, London's area). */
function changes(resolution: 'day' | 'month'): Change[] {
  const us = resolution === 'day' ? 'US daily (12,053 rows)' : 'US monthly (396 rows)';
  const methods = DETECTION_METHODS.map((method) => ({
    label: `${us}: method → ${method.name}`,
    apply: set(US, select('Method'), method.name, ''),
  }));
  return [
    ...methods,
    {
      label: `${us}: window (From → 1 Aug 2001)`,
      apply: set(US, (region) => region.locator('input[type=date]').first(), '2001-08-01', '1991-01-01'),
    },
    {
      label: `${us}: resolution → ${resolution === 'day' ? 'week' : 'year'}`,
      apply: set(US, select('Shown'), resolution === 'day' ? 'week' : 'year', resolution),
    },
    { label: `${us}: filter → New York`, apply: set(US, select('State'), 'NY', '') },
    ...(resolution === 'day'
      ? [
          {
            label: `${us}: Farrington’s years back 5 → 4 (a series not computed ahead)`,
            setting: set(US, select('Method'), 'farrington', ''),
            apply: set(US, (region) => region.getByRole('spinbutton', { name: /Years back/ }), '4', '5'),
          },
          {
            label: `${us}: preset → Autumn 2001 (window and resolution)`,
            apply: press(US, 'Autumn 2001', 'All, 1991–2023'),
          },
        ]
      : [
          {
            label: 'London monthly (167 rows): area → Camden',
            apply: set(LONDON, select('Area'), 'Camden', 'London'),
          },
        ]),
  ];
}

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

/** Makes a change and returns the milliseconds from its input to the chart updated, and the longest task meanwhile. */
async function timeChange(
  page: Page,
  change: Change,
  undo: boolean,
): Promise<{ ms: number; longest: number }> {
  await page.waitForTimeout(300);
  const started = await change.apply(page, undo);
  // Updated: nothing is updating any more and no chart changed for 400 ms.
  await page.waitForFunction(() => {
    const w = window as unknown as { lastDraw: number };
    const busy = [...document.querySelectorAll('.updating')].some((e) => e.textContent !== '');
    return !busy && performance.now() - w.lastDraw > 400;
  });
  const { lastDraw, tasks } = await page.evaluate((since) => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[]; lastDraw: number };
    return { lastDraw: w.lastDraw, tasks: w.longTasks.filter((t) => t.start >= since) };
  }, started);
  return { ms: lastDraw - started, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
}

/**
 * Returns, per resolution and change, the median milliseconds from input to chart updated for the change made on a
 * fresh page and for its undoing, and the longest main-thread task seen in either.
 */
export async function benchInteractions(distDir: string, runs = 3): Promise<[string, string][]> {
  const server = await serveDirectory(distDir, '/');
  const browser = await launchChromium();
  const rows: [string, string][] = [];
  try {
    for (const resolution of ['day', 'month'] as const) {
      const list = changes(resolution);
      const first = list.map((): number[] => []);
      const back = list.map((): number[] => []);
      const longest = list.map(() => 0);
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.addInitScript(RECORDERS);
        await page.goto(`${server.url}?us.res=${resolution}&us.filter=1&area=London`);
        const us = page.getByRole('region', { name: US });
        await us.getByRole('combobox', { name: 'State', exact: true }).waitFor();
        await us.locator('.figure-chart path.series-observed').waitFor();
        await page
          .getByRole('region', { name: LONDON })
          .locator('.figure-chart path.series-observed')
          .waitFor();
        // A reader takes a moment to look at the chart before changing it.
        await page.waitForTimeout(2000);
        for (const [i, change] of list.entries()) {
          if (change.setting !== undefined)
            await timeChange(page, { ...change, apply: change.setting }, false);
          const made = await timeChange(page, change, false);
          const undone = await timeChange(page, change, true);
          if (change.setting !== undefined)
            await timeChange(page, { ...change, apply: change.setting }, true);
          first[i]?.push(made.ms);
          back[i]?.push(undone.ms);
          longest[i] = Math.max(longest[i] ?? 0, made.longest, undone.longest);
        }
        await page.close();
      }
      for (const [i, change] of list.entries())
        rows.push([
          `${change.label}: input to chart updated, first time / undone (medians of ${runs} page loads); longest main-thread task`,
          `${median(first[i] ?? []).toFixed(0)} ms / ${median(back[i] ?? []).toFixed(0)} ms; ${(longest[i] ?? 0).toFixed(0)} ms`,
        ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
