import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli';

const shipped = resolve('data/ho-rra-monthly-ew.csv');
const dir = tempDir();
afterAll(() => dir.remove());

describe('backlash detect --format json carries the provenance of its input', () => {
  it('names the data package resource and its sources when the input is a file of data/ (matched by SHA-256)', () => {
    const run = runCli([
      'detect',
      '--method',
      'trailing-mean',
      '--input',
      shipped,
      '--param',
      'window=12',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      input: { resource: string; sha256: string; sources: { publisher: string; licence: string }[] };
    };
    expect(output.input.resource).toBe('ho-rra-monthly-ew');
    expect(output.input.sha256).toBe(createHash('sha256').update(readFileSync(shipped)).digest('hex'));
    expect(output.input.sources).toEqual([
      expect.objectContaining({ publisher: 'Home Office', licence: 'Open Government Licence v3.0' }),
    ]);
  });

  it('says the sources are unknown for a file of the user’s own, even one with a shipped file’s name', () => {
    const own = dir.write('ho-rra-monthly-ew.csv', 'date,count\n2020-01,5\n2020-02,7\n');
    const run = runCli(['detect', '--method', 'ears-c1', '--input', own, '--format', 'json']);
    const output = JSON.parse(run.stdout) as {
      input: { resource: string | null; sources: unknown[]; caveats: string[] };
    };
    expect(output.input.resource).toBeNull();
    expect(output.input.sources).toEqual([]);
    expect(output.input.caveats[0]).toMatch(/Not a file of data\//);
  });
});
