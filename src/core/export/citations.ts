import type { ExportMetadata } from './exportTypes';

/** Returns the first 12 hex digits of a data version `sha256:…`. */
export function shortVersion(version: string): string {
  return version.replace(/^sha256:/, '').slice(0, 12);
}

function year(meta: ExportMetadata): string {
  return meta.dataVersionDate.slice(0, 4);
}

function sourceList(meta: ExportMetadata): string {
  return meta.sources.map((s) => `${s.publisher}, ${s.title} (${s.date})`).join('; ');
}

/** Returns a citation in plain text: tool, year, title, data version, sources and the view's address. */
export function citePlain(meta: ExportMetadata): string {
  return (
    `Backlash (${year(meta)}). ${meta.title}. ${meta.subtitle} Data version ${shortVersion(meta.dataVersion)} ` +
    `(${meta.dataVersionDate}). Sources: ${sourceList(meta)}. ${meta.link}\n`
  );
}

/** Returns a BibTeX `@misc` entry of the view, with a key from its title and data version. */
export function citeBibtex(meta: ExportMetadata): string {
  const words = meta.title.toLowerCase().match(/[a-z0-9]+/g) ?? ['figure'];
  const key = `backlash_${words.slice(0, 3).join('_')}_${shortVersion(meta.dataVersion).slice(0, 8)}`;
  const fields: [string, string][] = [
    ['title', `{${bibtex(meta.title)}}`],
    ['author', '{{Backlash}}'],
    ['year', year(meta)],
    ['howpublished', `{\\url{${meta.link}}}`],
    ['url', `{${meta.link}}`],
    ['version', `{${shortVersion(meta.dataVersion)}}`],
    [
      'note',
      `{${bibtex(`${meta.subtitle} Data version ${meta.dataVersion} (${meta.dataVersionDate}). Sources: ${sourceList(meta)}.`)}}`,
    ],
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** Returns text with BibTeX's special characters escaped. */
export function bibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/** Returns a CITATION.cff (Citation File Format 1.2.0) of the view: a dataset, its version and its sources. */
export function citeCff(meta: ExportMetadata): string {
  const lines = [
    'cff-version: 1.2.0',
    'message: "If you use this figure or its data, please cite it as below, and cite the sources it rests on."',
    'type: dataset',
    `title: ${yaml(meta.title)}`,
    'authors:',
    '  - name: "Backlash"',
    `version: ${yaml(shortVersion(meta.dataVersion))}`,
    `date-released: ${yaml(cffDate(meta.dataVersionDate))}`,
    `url: ${yaml(meta.link)}`,
    `abstract: ${yaml(meta.subtitle)}`,
    'references:',
    ...meta.sources.flatMap((s) => [
      '  - type: dataset',
      `    title: ${yaml(s.title)}`,
      '    authors:',
      `      - name: ${yaml(s.publisher)}`,
      ...(s.url === null ? [] : [`    url: ${yaml(s.url)}`]),
      `    year: ${Number(s.date.slice(0, 4))}`,
      `    license-url: ${yaml(s.licence)}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** Returns an RIS record (TY DATA … ER) of the view, CRLF line ends. */
export function citeRis(meta: ExportMetadata): string {
  const lines = [
    'TY  - DATA',
    `TI  - ${meta.title}`,
    'AU  - Backlash',
    `PY  - ${year(meta)}`,
    `DA  - ${meta.dataVersionDate.replaceAll('-', '/')}`,
    `ET  - ${shortVersion(meta.dataVersion)}`,
    `UR  - ${meta.link}`,
    `AB  - ${meta.subtitle}`,
    ...meta.sources.map((s) => `N1  - Source: ${s.publisher}, ${s.title} (${s.date}), ${s.licence}`),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Returns a YAML double-quoted string. */
function yaml(text: string): string {
  return JSON.stringify(text);
}

/** Returns a date for CFF's `date-released` (a full day): a month or a year is taken at its first day. */
function cffDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
