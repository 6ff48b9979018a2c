import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataPackage } from '../../src/data/schemas/dataPackage';
import { dataPackageSchema } from '../../src/data/schemas/dataPackage';
import { EVENTS } from '../curation/events';
import { QUOTES } from '../curation/quotes';
import { REPORTED_FIGURES } from '../curation/reportedFigures';
import { SOURCES } from '../curation/sources';
import { curatedFiles } from './curatedFiles';
import { fbiFiles } from './fbi/files';
import { homeOfficeFiles } from './homeOffice/files';
import { mpsFiles } from './mps/files';
import { sha256, sourcesDir } from './rawFiles';
import { ukPoliceFiles } from './ukPolice/files';
import type { DerivedFile } from './resource';
import { describeFile, json } from './resource';
import { verifyCuration } from './verifyCuration';
import { keepCurrentVersion } from './versions';

/** Where the build reads from; defaults are ../shared/data and ../shared/sources. */
export interface BuildInputs {
  readonly rawDir?: string;
  readonly sourcesDir?: string;
}

/** Returns every file of `data/` (name → content), derived from the raw files and the curated entries. */
export function buildDataFiles(inputs: BuildInputs = {}): Map<string, string> {
  checkCuration(inputs.sourcesDir ?? sourcesDir());
  const derived: DerivedFile[] = [
    ...homeOfficeFiles(inputs.rawDir),
    ...fbiFiles(inputs.rawDir),
    ...mpsFiles(inputs.rawDir),
    ...ukPoliceFiles(inputs.rawDir),
    ...curatedFiles(),
  ];
  const described = {
    profile: 'data-package',
    name: 'backlash',
    title: 'Backlash: hate incidents after trigger events',
    description:
      'Series and figures derived by `npm run data` from public raw files; every resource names its sources.',
    sources: SOURCES.map(({ url, ...rest }) => ({ ...rest, path: url })),
    resources: derived.map(describeFile),
  };
  const dataPackage: DataPackage = dataPackageSchema.parse({
    ...described,
    contentHash: contentHash(described),
  });
  return new Map([
    ...derived.map((file): [string, string] => [file.path, file.content]),
    ['datapackage.json', json(dataPackage)],
  ]);
}

/**
 * Returns the data version: the SHA-256 of the package as written without it (every resource's name, hash and
 * description, and every source's), so any change to a number or to what is said of it makes a new version.
 */
export function contentHash(described: object): string {
  return `sha256:${sha256(json(described))}`;
}

function checkCuration(textsDir: string): void {
  const texts = {
    'reported-figures.md': readFileSync(join(textsDir, 'reported-figures.md'), 'utf8'),
    'article.txt': readFileSync(join(textsDir, 'article.txt'), 'utf8'),
  };
  const problems = verifyCuration(texts, SOURCES, EVENTS, QUOTES, REPORTED_FIGURES);
  if (problems.length > 0) {
    throw new Error(`Curated entries do not match the shared sources:\n- ${problems.join('\n- ')}`);
  }
}

/** Writes the derived files into `outDir`, or with `check` reports the files that differ from it. */
export function writeDataFiles(outDir: string, check: boolean, inputs: BuildInputs = {}): string[] {
  const files = buildDataFiles(inputs);
  const differing: string[] = [];
  mkdirSync(outDir, { recursive: true });
  const next = JSON.parse(files.get('datapackage.json') ?? '{}') as { contentHash: string };
  if (!check) keepCurrentVersion(outDir, next.contentHash);
  for (const [name, content] of files) {
    const path = join(outDir, name);
    let current: string | null = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = null;
    }
    if (current === content) continue;
    differing.push(name);
    if (!check) writeFileSync(path, content);
  }
  return differing;
}
