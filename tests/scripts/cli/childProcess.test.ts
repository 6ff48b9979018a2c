import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyCsv, tempDir } from './runCli';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());

/** Runs `npx tsx scripts/cli/backlash.ts ...` as a child process from the repository root. */
function backlash(argv: readonly string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/cli/backlash.ts', ...argv], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/cli/backlash.ts as a child process', { timeout: 180_000 }, () => {
  it('spike --observed 20 --expected 3.5 prints JSON with R’s ppois tail and exits 0', () => {
    const run = backlash(['spike', '--observed', '20', '--expected', '3.5']);
    expect(run.code).toBe(0);
    const spike = JSON.parse(run.stdout) as { ratio: number; pValue: number };
    expect(spike.ratio).toBeCloseTo(20 / 3.5, 14);
    // R 4.2.2: ppois(19, 3.5, lower.tail = FALSE) = 1.1314262374247224e-09.
    expect(Math.abs(spike.pValue - 1.1314262374247224e-9) / 1.1314262374247224e-9).toBeLessThan(1e-12);
  });

  it('detect prints CSV rows, and a bad row exits 2 naming file, row and field', () => {
    const input = dir.write('spike.csv', dailyCsv([1, 2, 1, 0, 1, 2, 1, 12]));
    const ok = backlash(['detect', '--method', 'ears-c1', '--input', input]);
    expect(ok.code).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toMatch(/^2017-01-08,12,1\.1428571428571428,[\d.]+,true,/);

    const bad = dir.write('bad.csv', 'date,count\n2017-01-01,1\n2017-01-02,x\n');
    const failed = backlash(['detect', '--method', 'ears-c1', '--input', bad]);
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(`${bad}, row 2 (line 3), field “count”`);
  });
});
