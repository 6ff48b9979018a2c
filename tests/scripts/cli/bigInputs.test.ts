import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './runCli';

// Three 200 MB inputs that once ran the command line out of memory (4 GB of heap) after minutes: each is now
// refused at its first line past a limit, in a process allowed 96 MB of heap. No assertion is about time.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());
const SIZE = 200 * 1024 * 1024;

/** Writes a file of about 200 MB: `head`, then `piece` repeated, in 1 MB writes (never 200 MB in memory). */
function bigFile(name: string, head: string, piece: (i: number) => string): string {
  const path = join(dir.path, name);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    let written = head.length;
    for (let i = 0; written < SIZE;) {
      let block = '';
      while (block.length < 1024 * 1024) block += piece(i++);
      writeSync(fd, block);
      written += block.length;
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

// About 87 bytes a row, as in the FBI's incident files: 200 MB then holds about 2.4 million valid rows (to year 7575).
const NOTE = 'n'.repeat(72);

/** Returns a writer of consecutive `date,count,note` rows from 1000-01-01 (counting days without Date, for speed). */
function consecutiveRows(): (i: number) => string {
  let [year, month, day] = [1000, 1, 1];
  const daysIn = (y: number, m: number) =>
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31;
  return (i) => {
    const row = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${i % 7},${NOTE}\n`;
    if (++day > daysIn(year, month)) [day, month] = [1, month + 1];
    if (month > 12) [month, year] = [1, year + 1];
    return row;
  };
}

/** Runs `detect` on the file in a child process allowed 96 MB of heap, then deletes the file (200 MB of disk). */
function detectWithSmallHeap(file: string) {
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=96',
      '--import',
      'tsx',
      'scripts/cli/backlash.ts',
      'detect',
      '--method',
      'ears-c1',
      '--input',
      file,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  rmSync(file, { force: true });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('backlash detect on 200 MB inputs, with 96 MB of heap', { timeout: 600_000 }, () => {
  it('refuses a valid file of 2.4 million rows at the row limit', () => {
    const file = bigFile('rows.csv', 'date,count,note\n', consecutiveRows());
    const run = detectWithSmallHeap(file);
    expect(run.stderr).toBe(
      `backlash: ${file}: more than 100,000 rows after the header (the limit of one file, passed at line ` +
        '100002); aggregate the series (by week or month) or split the file\n',
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses a single 200 MB line at the line limit', () => {
    const file = bigFile('line.csv', 'date,count\n', () => 'x'.repeat(4096));
    const run = detectWithSmallHeap(file);
    expect(run.stderr).toBe(
      `backlash: ${file}, line 2: a line longer than 65,536 characters (the limit of one line)\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses 200 MB of blank lines at the row limit', () => {
    const file = bigFile('blank.csv', 'date,count\n', () => '\n'.repeat(4096));
    const run = detectWithSmallHeap(file);
    expect(run.stderr).toBe(
      `backlash: ${file}: more than 100,000 rows after the header (the limit of one file, passed at line ` +
        '100002); aggregate the series (by week or month) or split the file\n',
    );
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses 200 MB of blank lines before any header at the same limit', () => {
    const file = bigFile('blank-first.csv', '', () => '\n'.repeat(4096));
    const run = detectWithSmallHeap(file);
    expect(run.stderr).toBe(
      `backlash: ${file}: more than 100,000 blank lines before the header (the limit of one file, passed at ` +
        'line 100001); expected a header “date,count”\n',
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});
