import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RawFileError } from './rawFileError';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The raw data folder: `BACKLASH_RAW_DIR`, or ../shared/data beside the repository. */
export function rawDataDir(): string {
  return process.env.BACKLASH_RAW_DIR ?? resolve(REPO_ROOT, '../shared/data');
}

/** The shared sources folder (article and reported figures): `BACKLASH_SOURCES_DIR`, or ../shared/sources. */
export function sourcesDir(): string {
  return process.env.BACKLASH_SOURCES_DIR ?? resolve(REPO_ROOT, '../shared/sources');
}

/** Every raw file the build reads, with the SHA-256 it must have and where it is published. */
export const RAW_FILES = {
  homeOfficeFigure2: {
    path: 'home-office/tables_csv/Figure_2.csv',
    sha256: 'e0faa902c98ec629f216334fd08bc13b36b2327b356d9ad662df7c1eceab7512',
    publishedAt:
      'gov.uk, “Hate crime, England and Wales, 2018 to 2019”, tables (ODS, sheet Figure_2); as CSV from BBC-Data-Unit/hatecrime-2019',
  },
} as const;

export type RawFileKey = keyof typeof RAW_FILES;

/** A raw file's bytes with its path and checksum. */
export interface RawFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: Buffer;
}

/** Returns the SHA-256 of bytes as lowercase hex. */
export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a raw file and fails loudly when its checksum is not the one the build was written for. */
export function readRawFile(key: RawFileKey, dir = rawDataDir()): RawFile {
  const entry = RAW_FILES[key];
  const fullPath = join(dir, entry.path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(fullPath);
  } catch {
    throw new RawFileError(entry.path, null, 'file', `cannot read ${fullPath} (set BACKLASH_RAW_DIR to the raw data folder)`);
  }
  const actual = sha256(bytes);
  if (actual !== entry.sha256) {
    throw new RawFileError(entry.path, null, 'sha256', `checksum changed: expected ${entry.sha256}, got ${actual}`);
  }
  return { path: entry.path, sha256: actual, bytes };
}
