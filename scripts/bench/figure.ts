import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { viewContent } from '../../src/core/figure/views/viewContent';
import { parseView } from '../../src/link/viewQuery';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { REPO_ROOT } from '../data/rawFiles';
import { nodeFigureAssets } from '../figure/nodeFigureAssets';
import { launchChromium } from '../lib/chromium';
import { serveDirectory } from '../lib/staticServer';
import { median } from './median';
import { measurePageLoads } from './pageLoad';
import { timeFigureRenders } from './timeFigureRenders';

/** The busiest figure: the US series by day over 1991–2023, 12,053 rows drawn in 800 px. */
export const BUSIEST = 'view=us&us.res=day';

const fmt = (ms: readonly number[]) =>
  `${median(ms).toFixed(0)} ms (${ms.map((m) => m.toFixed(0)).join(', ')})`;

/** Returns the embed's JavaScript (gzip) for a Home Office and a US view, against the dashboard's first load. */
export async function benchEmbedSize(distDir: string): Promise<[string, string][]> {
  const [dashboard] = await measurePageLoads(distDir, 1);
  const base = dashboard?.jsGzipBytes ?? 0;
  const rows: [string, string][] = [
    [`dashboard, JavaScript before the first chart, gzip`, `${(base / 1024).toFixed(1)} KB`],
  ];
  for (const [label, path] of [
    ['embed, Home Office view', 'embed.html?view=ho'],
    [
      'embed, US daily view with EARS C2 (loads the detection engine)',
      'embed.html?view=us&us.res=day&us.method=ears-c2',
    ],
  ] as const) {
    const [load] = await measurePageLoads(distDir, 1, { path, chartSelector: 'svg path[d^="M"]' });
    const bytes = load?.jsGzipBytes ?? 0;
    rows.push([
      `${label}, JavaScript gzip`,
      `${(bytes / 1024).toFixed(1)} KB, ${((100 * bytes) / base).toFixed(0)}% of the dashboard's`,
    ]);
  }
  return rows;
}

/** Returns the medians of rendering the busiest figure to SVG and to PNG at 4×, in Node (the CLI's code) and in Chromium. */
export async function benchFigureRender(distDir: string, runs = 5): Promise<[string, string][]> {
  const { view } = parseView(BUSIEST);
  const read = (name: string) => readFile(join(REPO_ROOT, 'data', name), 'utf8');
  const content = viewContent(await readFigureInputs(view, read, `https://backlash.example/?${BUSIEST}`));
  const { svg, png } = await timeFigureRenders(content, await nodeFigureAssets(), runs);
  const browser = await benchInBrowser(distDir, runs);
  return [
    ['busiest figure (12,053 days) to SVG, Node (the CLI), median', fmt(svg)],
    ['busiest figure to PNG at 4× (3200 px wide), Node, median', fmt(png)],
    ['busiest figure to SVG, Chromium, median', fmt(browser.svg)],
    ['busiest figure to PNG at 4×, Chromium, median', fmt(browser.png)],
  ];
}

async function benchInBrowser(distDir: string, runs: number): Promise<{ svg: number[]; png: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'backlash-figure-bench-'));
  try {
    const entry = relative(dir, resolve(import.meta.dirname, 'figureBenchPage.ts')).replaceAll('\\', '/');
    writeFileSync(join(dir, 'entry.js'), `import ${JSON.stringify(entry)};\n`);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>figure bench</title><script type="module" src="./entry.js"></script>',
    );
    await build({
      configFile: false,
      root: dir,
      base: './',
      logLevel: 'warn',
      build: { outDir: join(dir, 'dist'), target: 'es2022' },
    });
    cpSync(join(distDir, 'data'), join(dir, 'dist/data'), { recursive: true });
    const server = await serveDirectory(join(dir, 'dist'), '/');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(300_000);
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.benchFigure === 'function');
      return await page.evaluate(({ query, n }) => window.benchFigure(query, n), { query: BUSIEST, n: runs });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns the wall time of the command line writing one figure, and twenty in one run (tsx start-up included). */
export function benchFigureCli(runs = 3): [string, string][] {
  const dir = mkdtempSync(join(tmpdir(), 'backlash-cli-bench-'));
  try {
    const views = [
      'view=ho',
      'view=london',
      ...['Camden', 'Westminster', 'Hackney', 'Newham', 'Tower Hamlets'].map(
        (area) => `view=london&area=${area}`,
      ),
      ...['day', 'week', 'month', 'year'].map((res) => `view=us&us.res=${res}`),
      ...['ears-c1', 'ears-c2', 'ears-c3', 'cusum', 'trailing-mean', 'trailing-median', 'same-weekday'].map(
        (method) => `view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31&us.method=${method}`,
      ),
      'view=us&us.res=week&us.method=farrington&us.params=b=3;w=2',
      'view=us&us.res=month&us.state=NY',
    ];
    writeFileSync(join(dir, 'views.txt'), views.join('\n'));
    const time = (args: string[]) => {
      const started = performance.now();
      execFileSync('npx', ['tsx', resolve(REPO_ROOT, 'scripts/cli/backlash.ts'), 'figure', ...args], {
        stdio: 'ignore',
        cwd: REPO_ROOT,
      });
      return performance.now() - started;
    };
    const one = Array.from({ length: runs }, () =>
      time(['--view', 'view=ho', '--format', 'svg', '--out', join(dir, 'one.svg')]),
    );
    const twenty = Array.from({ length: runs }, () =>
      time(['--views', join(dir, 'views.txt'), '--format', 'svg', '--out', join(dir, 'many')]),
    );
    const onePng = Array.from({ length: runs }, () =>
      time(['--view', 'view=ho', '--format', 'png', '--out', join(dir, 'one.png')]),
    );
    readFileSync(join(dir, 'one.svg'));
    return [
      ['CLI: one figure (SVG), wall clock with tsx start-up, median', fmt(one)],
      ['CLI: one figure (PNG 2×), wall clock, median', fmt(onePng)],
      [`CLI: ${views.length} figures (SVG) in one run, wall clock, median`, fmt(twenty)],
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
