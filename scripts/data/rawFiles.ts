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
  fbiHateCrime2024: {
    path: 'fbi/hate_crime_1991-2023.csv.gz',
    sha256: 'cfafa6f8d99034c86fa75436d2370c2e21e7c93b4829582c15203e171a234cf5',
    publishedAt:
      'FBI Crime Data Explorer (cde.ucr.cjis.gov), Documents & Downloads, Hate Crime, hate_crime.zip, release of 2024-09-23; as CSV from the R file hate_crime.rds of sujingwenkim/US-hate-crime (commit a3704b98941c4d1fa60964cfc47ec18b16dd2658)',
  },
  /** Read by the tests only, to compare releases: the build derives nothing from it. */
  fbiHateCrime2021: {
    path: 'fbi/hate_crime_1991-2020.csv.zip',
    sha256: '17278fda1c3382bc5f6cddbc761c03838da72c057bb6bc6e4729ba171651999a',
    publishedAt:
      'FBI Crime Data Explorer (cde.ucr.cjis.gov), Documents & Downloads, Hate Crime, hate_crime.zip, release of 2021-10-29; as downloaded, from swaner2/csc110-project (path hate_crime.csv.zip, commit 77a77f8e6fa051dfbb4c63b30d67de08c2cab055)',
  },
  mpsBoroughHistorical: {
    path: 'mps/recorded_crime_borough_historical_2010-04_2024-02.csv',
    sha256: '1293882891041bb3d3f4d6a4dcfabf5adcfa751780a74f61e71790247dc55620',
    publishedAt:
      'London Datastore (data.london.gov.uk), dataset recorded_crime_summary, “MPS Recorded Crime: Geographic Breakdown”, borough level (historical); the parquet of fenneh/london-crime-data (path data/recorded-crime-borough-historical.parquet, commit 8ea9f76a519a2007f245771c6b2fe4cd631f8ada) saved as CSV, values unchanged',
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
    throw new RawFileError(
      entry.path,
      null,
      'file',
      `cannot read ${fullPath} (set BACKLASH_RAW_DIR to the raw data folder)`,
    );
  }
  const actual = sha256(bytes);
  if (actual !== entry.sha256) {
    throw new RawFileError(
      entry.path,
      null,
      'sha256',
      `checksum changed: expected ${entry.sha256}, got ${actual}`,
    );
  }
  return { path: entry.path, sha256: actual, bytes };
}
