import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv } from '../../src/core/csv/formatCsv';
import type { Source } from '../../src/core/provenance';
import type { DataPackage, Resource } from '../../src/data/schemas/dataPackage';
import { dataPackageSchema } from '../../src/data/schemas/dataPackage';
import { EVENTS } from '../curation/events';
import { QUOTES } from '../curation/quotes';
import { REPORTED_FIGURES } from '../curation/reportedFigures';
import { SOURCES } from '../curation/sources';
import { parseHomeOfficeFigure2 } from './homeOfficeFigure2';
import { RAW_FILES, readRawFile, sha256, sourcesDir } from './rawFiles';
import { verifyCuration } from './verifyCuration';

const OGL3 = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};
const CITED = { name: 'cited-figures', title: 'Figures and short quotations cited from the publishers named in sources' };

/** Where the build reads from; defaults are ../shared/data and ../shared/sources. */
export interface BuildInputs {
  readonly rawDir?: string;
  readonly sourcesDir?: string;
}

/** Returns every file of `data/` (name → content), derived from the raw files and the curated entries. */
export function buildDataFiles(inputs: BuildInputs = {}): Map<string, string> {
  const textsDir = inputs.sourcesDir ?? sourcesDir();
  const texts = {
    'reported-figures.md': readFileSync(join(textsDir, 'reported-figures.md'), 'utf8'),
    'article.txt': readFileSync(join(textsDir, 'article.txt'), 'utf8'),
  };
  const problems = verifyCuration(texts, SOURCES, EVENTS, QUOTES, REPORTED_FIGURES);
  if (problems.length > 0) throw new Error(`Curated entries do not match the shared sources:\n- ${problems.join('\n- ')}`);

  const figure2 = readRawFile('homeOfficeFigure2', inputs.rawDir);
  const monthly = parseHomeOfficeFigure2(figure2.bytes.toString('utf8'), figure2.path);
  const files = new Map<string, string>([
    ['ho-rra-monthly-ew.csv', formatCsv(['date', 'count'], monthly.map((m) => [m.date, m.count]))],
    ['reported-figures.json', json(REPORTED_FIGURES)],
    ['events.json', json({ events: EVENTS })],
    ['quotes.json', json({ quotes: QUOTES })],
  ]);
  const describe = (name: string, file: string, rest: Omit<Resource, 'name' | 'path' | 'hash' | 'bytes' | 'encoding'>) => {
    const content = files.get(file) ?? '';
    return { name, path: file, ...rest, encoding: 'utf-8' as const, hash: `sha256:${sha256(content)}`, bytes: Buffer.byteLength(content) };
  };
  const curatedSources = (ids: Iterable<string>) => [...new Set(ids)].map((id) => frictionlessSource(findSource(id)));
  const homeOffice = findSource('home-office-hosb2419');
  const resources: Resource[] = [
    describe('ho-rra-monthly-ew', 'ho-rra-monthly-ew.csv', {
      title: 'Racially or religiously aggravated offences, England and Wales, by month',
      description: 'Offences recorded by the police, April 2013 to March 2019, from Figure 2 of the Home Office bulletin.',
      format: 'csv',
      mediatype: 'text/csv',
      schema: {
        fields: [
          { name: 'date', type: 'yearmonth', description: 'Month, YYYY-MM', constraints: { required: true, unique: true } },
          { name: 'count', type: 'integer', description: 'Offences recorded', constraints: { required: true, minimum: 0 } },
        ],
      },
      sources: [frictionlessSource(homeOffice)],
      licenses: [OGL3],
      caveats: [...homeOffice.caveats],
      derivedFrom: [{ path: figure2.path, sha256: figure2.sha256, publishedAt: RAW_FILES.homeOfficeFigure2.publishedAt }],
    }),
    describe('reported-figures', 'reported-figures.json', {
      title: 'Figures reported by police and press, every version',
      description: 'Reported daily counts against reported daily averages, and counts after each 2017 attack, as published.',
      format: 'json',
      mediatype: 'application/json',
      sources: curatedSources([
        ...REPORTED_FIGURES.spikes.flatMap((s) => [...s.versions, ...s.dayVersions].flatMap((v) => v.sources)),
        ...REPORTED_FIGURES.comparisons.flatMap((c) => c.sources),
      ]),
      licenses: [CITED],
      caveats: ['Reported figures, not a recorded series: no public daily series of the Met’s Islamophobic incidents exists.'],
      derivedFrom: [],
    }),
    describe('events', 'events.json', {
      title: 'Trigger events of the story',
      description: 'Each event with its date, place, one line and sources.',
      format: 'json',
      mediatype: 'application/json',
      sources: curatedSources(EVENTS.flatMap((e) => e.sources)),
      licenses: [CITED],
      caveats: [],
      derivedFrom: [],
    }),
    describe('quotes', 'quotes.json', {
      title: 'Quotes from the article',
      description: 'Word for word from the article, checked against its text at build time.',
      format: 'json',
      mediatype: 'application/json',
      sources: curatedSources(QUOTES.map((q) => q.source)),
      licenses: [CITED],
      caveats: [],
      derivedFrom: [],
    }),
  ];
  const dataPackage: DataPackage = dataPackageSchema.parse({
    profile: 'data-package',
    name: 'backlash',
    title: 'Backlash: hate incidents after trigger events',
    description: 'Series and figures derived by `npm run data` from public raw files; every resource names its sources.',
    sources: SOURCES.map(catalogueEntry),
    resources,
  });
  files.set('datapackage.json', json(dataPackage));
  return files;
}

function findSource(id: string): Source {
  const source = SOURCES.find((s) => s.id === id);
  if (source === undefined) throw new Error(`unknown source "${id}"`);
  return source;
}

function frictionlessSource(source: Source) {
  return source.url === null ? { id: source.id, title: source.title } : { id: source.id, title: source.title, path: source.url };
}

function catalogueEntry(source: Source) {
  const { url, ...rest } = source;
  return { ...rest, path: url };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Writes the derived files into `outDir`, or with `check` reports the files that differ from it. */
export function writeDataFiles(outDir: string, check: boolean, inputs: BuildInputs = {}): string[] {
  const files = buildDataFiles(inputs);
  const differing: string[] = [];
  mkdirSync(outDir, { recursive: true });
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
