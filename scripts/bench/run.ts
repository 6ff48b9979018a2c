import { execFileSync } from 'node:child_process';
import { hasR } from './hasR';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../lib/buildApp';
import { buildDataFiles } from '../data/build';
import { benchDetection, detectionBenchTable } from './detection';
import { benchFarrington } from './farrington';
import { REPO_ROOT } from '../data/rawFiles';
import { median, timeRuns } from './median';
import { measurePageLoads } from './pageLoad';
import { benchEmbedSize, benchFigureCli, benchFigureRender } from './figure';
import { benchInteractions } from './interactions';

/** Returns R's elapsed milliseconds for one call of scripts/bench/detection.R on the FBI daily file (null without R). */
function rMilliseconds(call: string): number | null {
  if (!hasR()) return null;
  const script = resolve(REPO_ROOT, 'scripts/bench/detection.R');
  const file = resolve(REPO_ROOT, 'data/fbi-anti-muslim-daily.csv');
  const output = execFileSync('Rscript', [script, file, '1', call], { encoding: 'utf8' });
  return Number(output.trim().split('\t')[1]);
}

/** `npm run bench`: measures the data build and the dashboard's first load; prints medians. */
async function main() {
  const rows: [string, string][] = [];

  const inProcess = timeRuns(5, () => buildDataFiles());
  rows.push(['data build, in process (median of 5)', `${median(inProcess).toFixed(0)} ms`]);
  const wall = Array.from({ length: 3 }, () => {
    const started = performance.now();
    execFileSync('npx', ['tsx', resolve(REPO_ROOT, 'scripts/build-data.ts'), '--check'], { stdio: 'ignore' });
    return performance.now() - started;
  });
  rows.push([
    '`npm run data -- --check`, wall clock with tsx start-up (median of 3)',
    `${(median(wall) / 1000).toFixed(2)} s`,
  ]);

  const distDir = mkdtempSync(join(tmpdir(), 'backlash-bench-'));
  try {
    await buildApp(distDir);
    const loads = await measurePageLoads(distDir, 5);
    const first = loads[0];
    rows.push([
      'JavaScript before the first chart, gzip',
      `${((first?.jsGzipBytes ?? 0) / 1024).toFixed(1)} KB`,
    ]);
    rows.push([
      'data files before the first chart, gzip',
      `${((first?.dataGzipBytes ?? 0) / 1024).toFixed(1)} KB`,
    ]);
    rows.push([
      'navigation to first chart drawn, headless Chromium (median of 5)',
      `${median(loads.map((l) => l.firstChartMs)).toFixed(0)} ms (runs: ${loads.map((l) => l.firstChartMs.toFixed(0)).join(', ')})`,
    ]);
    rows.push(['files requested before the first chart', (first?.files ?? []).join(', ')]);
    rows.push(...(await benchEmbedSize(distDir)));
    rows.push(...(await benchFigureRender(distDir)));
    rows.push(...benchFigureCli());
    rows.push(...(await benchInteractions(distDir)));
  } finally {
    rmSync(distDir, { recursive: true, force: true });
  }

  console.log('| measure | value |\n| --- | --- |');
  for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);

  console.log('\nDetection methods on data/fbi-anti-muslim-daily.csv (12,053 days), default parameters:\n');
  console.log(detectionBenchTable(await benchDetection()));

  const farringtonTs = benchFarrington(REPO_ROOT);
  const farringtonR = rMilliseconds('farrington-freq7');
  console.log('\nFarrington flexible, freq 7, b 4, w 1, no trend (the issue’s benchmark):\n');
  console.log('| TypeScript (median of 5) | R (once) | R / TypeScript |\n| --- | --- | --- |');
  console.log(
    farringtonR === null
      ? `| ${farringtonTs.toFixed(0)} ms | n/a (R is not installed) | n/a |`
      : `| ${farringtonTs.toFixed(0)} ms | ${(farringtonR / 1000).toFixed(1)} s | ${(farringtonR / farringtonTs).toFixed(0)}× |`,
  );
}

await main();
