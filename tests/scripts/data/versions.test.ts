import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepCurrentVersion, keptVersions, pruneVersion, versionName } from '../../../scripts/data/versions';

const OLD = `sha256:${'a1'.repeat(32)}`;
const NEW = `sha256:${'b2'.repeat(32)}`;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A data folder of one version: its package and one resource (synthetic, for this test only). */
function dataFolder(hash: string, rows: string): string {
  dir = mkdtempSync(join(tmpdir(), 'backlash-versions-'));
  writeFileSync(
    join(dir, 'datapackage.json'),
    JSON.stringify({ contentHash: hash, resources: [{ path: 'a.csv' }] }),
  );
  writeFileSync(join(dir, 'a.csv'), rows);
  return dir;
}

describe('data versions kept for pinned embeds (scripts/data/versions.ts)', () => {
  it('keeps the version a build replaces, file for file, under versions/<first 12 hex digits>', () => {
    const data = dataFolder(OLD, 'date,count\n2017-06,367\n');
    expect(keepCurrentVersion(data, NEW)).toBe('a1a1a1a1a1a1');
    expect(readFileSync(join(data, 'versions/a1a1a1a1a1a1/a.csv'), 'utf8')).toBe('date,count\n2017-06,367\n');
    expect(
      JSON.parse(readFileSync(join(data, 'versions/a1a1a1a1a1a1/datapackage.json'), 'utf8')).contentHash,
    ).toBe(OLD);
    expect(keptVersions(data)).toEqual(['a1a1a1a1a1a1']);
  });

  it('keeps nothing for the same version, nor twice, nor before a first build', () => {
    const data = dataFolder(OLD, 'x\n');
    expect(keepCurrentVersion(data, OLD)).toBeNull();
    expect(keepCurrentVersion(data, NEW)).toBe('a1a1a1a1a1a1');
    writeFileSync(join(data, 'a.csv'), 'changed\n');
    expect(keepCurrentVersion(data, NEW)).toBeNull();
    expect(readFileSync(join(data, 'versions/a1a1a1a1a1a1/a.csv'), 'utf8')).toBe('x\n');
    rmSync(join(data, 'datapackage.json'));
    expect(keepCurrentVersion(data, NEW)).toBeNull();
  });

  it('prunes a kept version by name, and refuses a name it does not keep', () => {
    const data = dataFolder(OLD, 'x\n');
    keepCurrentVersion(data, NEW);
    expect(() => pruneVersion(data, 'ffffffffffff')).toThrow(
      'no kept data version “ffffffffffff” (kept: a1a1a1a1a1a1)',
    );
    pruneVersion(data, 'a1a1a1a1a1a1');
    expect(keptVersions(data)).toEqual([]);
    expect(versionName(NEW)).toBe('b2b2b2b2b2b2');
  });
});
