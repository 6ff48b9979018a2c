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

/** Where the police forces' freedom-of-information returns (uk-police-foi/) are published, for one file of them. */
const ukPoliceFoiAt = (path: string) =>
  `Harvard Dataverse, doi 10.7910/DVN/2JKWNS (Alrababa’h, Marble, Mousa and Siegel, APSR 2021); mirror wpmarble/salah, data/hate-crimes/${path} at commit 1e6b7b9eede0d5ee1d16aa66e2ea352218ed746b, copied byte for byte`;

/** The police forces' monthly returns, uk-police-foi/police-reports/<file name> → the SHA-256 it must have. */
export const UK_POLICE_REPORTS = {
  'avon-somerset_clean.csv': 'd64d43d64f77b473792d1e54fdfa22123fe4d47b8af32b0709f2a58640e1bc46',
  'bedfordshire_clean.csv': '656faeddd5181ad55fbda9fa3b0b61a871415a206984a38a93d5b9d3c7aa09fe',
  'cambridgeshire_clean.csv': 'f8b38c29e0c5cff7d1c902224647c87906fb88ce88e4b08bd3d8a7bfd0fe6dec',
  'chesire_clean.csv': 'bf7c4650fb85f48ed24858b76e131ab9eb41b8da3c56f32811f5295d7499ce23',
  'cleveland_clean.csv': 'a11ac5d9b90ce5129af73034a2bab7628805529221a489a8dec20f518386870f',
  'derbyshire_clean.csv': '8c32ed5b8d758e39eaa7ce87f84734a883774e05fb9ecf3462d181459d1c40bd',
  'dorset_clean.csv': '5cab9796210ed1e82f5e1dd0084a9f8f62e58341f83d4d3f303fd989a03937f5',
  'durham_clean.csv': 'e9a0fe15e9de53eb9a330c30bcf1dfa5174c5d82c99162709c9d4b34836154a3',
  'hampshire_clean.csv': '096bd98398d8f1b31288ec49176a310c0a2bc87444175fb34539bb7577f81507',
  'hertfordshire_clean.csv': '3b1a4df3815c08ac2b366d28ae157b30ce08eb5c5000a901bcd466b6729355d1',
  'humberside_clean.csv': 'fdaa531b8ffbcea99d8f620a195cd1766bf1e89a417021197844384beeb9b487',
  'kent_clean.csv': '5e642fed0ba60884b3febb21b72e01d947c15e0eaa381b653261d0a36d7949ba',
  'lancashire_clean.csv': '77c9cf163c2f8466cdc21b40ac72515e3865e67c802d6aa5251db7b943512c2e',
  'leicestershire_clean.csv': '4df73b17a1dd47b3794bce8480aa9a63d4c13bf1ebb63111f69f355e8f31850b',
  'lincolnshire_clean.csv': 'f5b46844f1350ac5ce19979502b68d178f267729620f6b91081776dfbbc9b626',
  'london_clean.csv': '24f8032c7ac480cb42e14d9ab38aee38fcbb8f8382f0b7b14acbd30229ebcb96',
  'manchester_clean.csv': '7a2a1d38e1118ef51a5b23250f4bdc747842f9f42aee97b956b6a45a50b1eb35',
  'merseyside_clean.csv': 'fb66e5de61f030da2da894198387c25de83e69ae84e73ac5c2e33435be6a77e0',
  'norfolk_clean.csv': 'cbddc69b5be77d2f022ce2f4a7387e19e21666b884f4a4c5e12fc4c7c7f245bc',
  'south-yorkshire_clean.csv': '18fa243451353af6c193f4cf88f3218a77b00c1d1a7cb67800233afc764b9417',
  'staffordshire_clean.csv': '86b12498e3de4cb50a456107c7cba67ba499ef514abfe6dcb31235128118fadd',
  'suffolk_clean.csv': '20fcde3f207ac8b6a6f5031c238684a7f792d97965f8321104ac18e2accbc669',
  'surrey_clean.csv': 'f7ccbfce5f559cb4d3edbe262c9415eb81655d3f7d348d8fed1d702e2fb4ec63',
  'thames-valley_clean.csv': '29452e00783cee9f3c2a5d83d23e59994e881cb02e920da452594e436c754016',
  'warwickshire_crimes_clean.csv': '5ec0b06cb82a3684691f2cd424b4c3cb7e5e83b475427e6798c7a50a17e18714',
  'west_mercia_crimes_clean.csv': '3c9c1bb38352df0470888f0219ddd9f74955587df82906421708ea9529cf6dcd',
  'west_midlands_clean.csv': '2a612cf2ef19b4f1dbb9c0949e088f75735dc3fee0f17036d34ba6e5d32dafd1',
  'west_yorkshire_clean.csv': '3f1e38dc652810edec96241028934c7d94c903d61ede90f3fb76bf3a3f01754a',
} as const;

/** The file name of one police force's monthly return, as published. */
export type UkPoliceReportFile = keyof typeof UK_POLICE_REPORTS;

/** The RAW_FILES key of a police force's monthly return: `ukPoliceReport:<file name>`. */
export type UkPoliceReportKey = `ukPoliceReport:${UkPoliceReportFile}`;

/** Returns the RAW_FILES key of a police force's monthly return. */
export function ukPoliceReportKey(file: UkPoliceReportFile): UkPoliceReportKey {
  return `ukPoliceReport:${file}`;
}

interface RawFileEntry {
  readonly path: string;
  readonly sha256: string;
  readonly publishedAt: string;
}

/** Returns the RAW_FILES entries of the 28 monthly returns, each checked by its own SHA-256 when read. */
function ukPoliceReportEntries(): Record<UkPoliceReportKey, RawFileEntry> {
  const entries = (Object.entries(UK_POLICE_REPORTS) as [UkPoliceReportFile, string][]).map(
    ([file, sha256]): [UkPoliceReportKey, RawFileEntry] => [
      ukPoliceReportKey(file),
      {
        path: `uk-police-foi/police-reports/${file}`,
        sha256,
        publishedAt: ukPoliceFoiAt(`police-reports/${file}`),
      },
    ],
  );
  return Object.fromEntries(entries) as Record<UkPoliceReportKey, RawFileEntry>;
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
  ukPolicePopulation: {
    path: 'uk-police-foi/police-area-population.csv',
    sha256: '8485e86d5135bdf025b37987d0218e2675d7050ef072cdf6a2492dfbcaaa2942',
    publishedAt: ukPoliceFoiAt('police-area-population.csv'),
  },
  ...ukPoliceReportEntries(),
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
