import { describe, expect, it } from 'vitest';
import { citeCff } from '../../../src/core/export/citations';
import type { ExportMetadata } from '../../../src/core/export/exportTypes';
import { FBI, META, NASTY } from './fixtures';
import { readYaml, type YamlValue } from './yamlReader';

// The keys, enums and patterns below are those of the Citation File Format 1.2.0 schema
// (github.com/citation-file-format/citation-file-format, schema.json); the checks cover every key citeCff
// writes.
const TOP_KEYS = [
  'abstract',
  'authors',
  'cff-version',
  'commit',
  'contact',
  'date-released',
  'doi',
  'identifiers',
  'keywords',
  'license',
  'license-url',
  'message',
  'preferred-citation',
  'references',
  'repository',
  'repository-artifact',
  'repository-code',
  'title',
  'type',
  'url',
  'version',
];
const REFERENCE_KEYS_USED = [
  'type',
  'title',
  'authors',
  'publisher',
  'url',
  'year',
  'month',
  'date-published',
  'notes',
];
const REFERENCE_TYPES = ['data', 'database', 'generic', 'report', 'website']; // part of the schema's enum (no 'dataset')
const DATE = /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/;
const URL = /^(https|http|ftp|sftp):\/\/.+/;

type Doc = { [key: string]: YamlValue };
const isMap = (v: YamlValue | undefined): v is Doc => typeof v === 'object' && !Array.isArray(v);
const text = (v: YamlValue | undefined) => typeof v === 'string' && v.length > 0;
const entities = (v: YamlValue | undefined) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((e) => isMap(e) && Object.keys(e).join() === 'name' && text(e['name']));

/** Returns the faults of a parsed CITATION.cff against the schema's rules for the keys citeCff writes. */
function cffFaults(doc: YamlValue): string[] {
  if (!isMap(doc)) return ['not a mapping'];
  const faults: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) faults.push(what);
  };
  for (const key of Object.keys(doc)) check(TOP_KEYS.includes(key), `unknown key ${key}`);
  for (const key of ['authors', 'cff-version', 'message', 'title']) check(key in doc, `missing ${key}`);
  check(doc['cff-version'] === '1.2.0', 'cff-version');
  check(doc['type'] === 'dataset', 'type');
  check(text(doc['message']) && text(doc['title']), 'message and title');
  check(!('abstract' in doc) || text(doc['abstract']), 'abstract');
  check(entities(doc['authors']), 'authors');
  check(!('date-released' in doc) || DATE.test(String(doc['date-released'])), 'date-released');
  check(!('url' in doc) || URL.test(String(doc['url'])), 'url');
  check(text(doc['version']), 'version');
  const identifiers = doc['identifiers'];
  check(
    Array.isArray(identifiers) &&
      identifiers.every(
        (i) => isMap(i) && i['type'] === 'other' && text(i['value']) && text(i['description']),
      ),
    'identifiers',
  );
  const references = doc['references'];
  check(references === undefined || (Array.isArray(references) && references.length > 0), 'references');
  const seen = new Set<string>();
  for (const ref of Array.isArray(references) ? references : []) {
    if (!isMap(ref)) {
      faults.push('reference not a mapping');
      continue;
    }
    check(!seen.has(JSON.stringify(ref)), 'references not unique');
    seen.add(JSON.stringify(ref));
    for (const key of Object.keys(ref))
      check(REFERENCE_KEYS_USED.includes(key), `unknown reference key ${key}`);
    check(REFERENCE_TYPES.includes(String(ref['type'])), 'reference type');
    check(text(ref['title']) && entities(ref['authors']), 'reference title and authors');
    check(!('publisher' in ref) || entities([ref['publisher'] ?? '']), 'reference publisher');
    check(!('url' in ref) || URL.test(String(ref['url'])), 'reference url');
    check(!('year' in ref) || Number.isInteger(ref['year']), 'reference year');
    const month = ref['month'];
    check(
      month === undefined || (Number.isInteger(month) && Number(month) >= 1 && Number(month) <= 12),
      'month',
    );
    check(!('date-published' in ref) || DATE.test(String(ref['date-published'])), 'date-published');
    check(!('notes' in ref) || text(ref['notes']), 'reference notes');
  }
  return faults;
}

describe('citeCff(meta)', () => {
  it('reads back, by a strict YAML reader, to exactly the fields it sets', () => {
    expect(readYaml(citeCff(META))).toEqual({
      'cff-version': '1.2.0',
      message:
        'If you use this figure or its data, please cite it using these metadata, and cite the sources it rests on.',
      type: 'dataset',
      title: META.title,
      abstract: META.subtitle,
      authors: [{ name: 'Backlash' }],
      version: '1a2b3c4d5e6f',
      identifiers: [
        {
          type: 'other',
          value: META.dataVersion,
          description: 'The content hash of the data package the figure was drawn from.',
        },
      ],
      'date-released': '2024-09-23',
      url: META.link,
      references: [
        {
          type: 'generic',
          title: FBI.title,
          authors: [{ name: FBI.publisher }],
          publisher: { name: FBI.publisher },
          url: FBI.url,
          year: 2024,
          month: 9,
          'date-published': '2024-09-23',
          notes:
            'Licence: Work of the US federal government, public domain. Caveat: Agencies report voluntarily, in ' +
            'numbers that change by year. Caveat: Counts incidents, not victims.',
        },
      ],
    });
  });

  it('starts with cff-version and ends with a newline', () => {
    expect(citeCff(META)).toMatch(/^cff-version: 1\.2\.0\n[\s\S]*[^\n]\n$/);
  });

  it.each([
    ['the usual view', META],
    ['text full of quotes, backslashes and a tab, a month as the date, a link with braces', NASTY],
    [
      'no sources, no subtitle, no web address, a year as the date',
      { ...META, sources: [], subtitle: '', link: '?view=ho', dataVersionDate: '2024' },
    ],
    ['a source twice', { ...META, sources: [FBI, { ...FBI, id: 'copy' }] }],
    ['control characters and separators', { ...META, title: 'a\u0007b\u2028c\ufeffd\u0085e' }],
  ] as const)('is valid CFF 1.2.0: %s', (_, meta: ExportMetadata) => {
    expect(cffFaults(readYaml(citeCff(meta)))).toEqual([]);
  });

  it('keeps every character of a title, escaped where YAML needs it (white space folded to one space)', () => {
    const doc = readYaml(citeCff(NASTY));
    expect(isMap(doc) && doc['title']).toBe(NASTY.title.replace('\n', ' '));
    const odd = readYaml(citeCff({ ...META, title: 'a\u0007b\u2028c\ufeffd "q" \\ \ud800' }));
    expect(isMap(odd) && odd['title']).toBe('a\u0007b c d "q" \\ \ufffd');
  });

  it('writes date-released only for a full day, and each source’s date as far as it goes', () => {
    const doc = readYaml(citeCff(NASTY));
    expect(isMap(doc) && 'date-released' in doc).toBe(false);
    const refs = isMap(doc) ? (doc['references'] as Doc[]) : [];
    expect(refs.map((r) => [r['year'], r['month'], r['date-published']])).toEqual([
      [2024, 2, undefined],
      [2018, undefined, undefined],
      [2024, 9, '2024-09-23'],
    ]);
  });

  it('writes one reference for two sources that would be written alike', () => {
    const doc = readYaml(citeCff({ ...META, sources: [FBI, { ...FBI, id: 'copy' }] }));
    expect(isMap(doc) && (doc['references'] as Doc[]).length).toBe(1);
  });
});
