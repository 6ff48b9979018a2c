import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../scripts/cli/main';

/** What one run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a synchronous command of the CLI (detect, spike) in process with argv and captured output. */
export function runCli(argv: readonly string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  if (typeof code !== 'number') throw new Error(`${argv[0]} runs asynchronously: use runCliAsync`);
  return { code, stdout, stderr };
}

/** Runs any command of the CLI (figure included) in process with argv and captured output. */
export async function runCliAsync(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A temporary folder for CSV fixtures, removed by `remove`. */
export function tempDir(): {
  readonly path: string;
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
} {
  const path = mkdtempSync(join(tmpdir(), 'backlash-cli-'));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Returns `date,count` CSV text for counts on consecutive days from `start` (null as an empty count). */
export function dailyCsv(counts: readonly (number | null)[], start = '2017-01-01'): string {
  return `date,count\n${dailyDates(counts.length, start)
    .map((date, i) => `${date},${counts[i] ?? ''}`)
    .join('\n')}\n`;
}

/** Returns `length` consecutive ISO days from `start`. */
export function dailyDates(length: number, start = '2017-01-01'): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}
