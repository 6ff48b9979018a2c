import { citePlain } from './citePlain';
import { oneLine, sourceLine } from './citationParts';
import type { ExportMetadata } from './exportTypes';

/**
 * Returns the view's query from its link: what follows the first `?`, up to any `#`; empty when there is
 * none.
 */
export function linkQuery(link: string): string {
  const start = link.indexOf('?');
  if (start < 0) return '';
  const query = link.slice(start + 1);
  const hash = query.indexOf('#');
  return hash < 0 ? query : query.slice(0, hash);
}

/** Returns text as one POSIX shell word in single quotes (a quote inside written `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

function paramValue(value: number | boolean | string | null): string {
  return value === null ? 'none' : String(value);
}

/**
 * Returns the README.txt of a figure pack as plain text with CRLF line ends (read alike in every editor): the
 * title, each file of the pack and what it is, the citation (plain), the sources with their licences and
 * caveats, the view's other caveats, its method and notes, the data version, and how to make the same pack
 * from the command line (`npm run -s backlash -- figure --view '<query>' --format pack --out figure.zip`, the
 * query taken from the view's link).
 */
export function figurePackReadme(
  meta: ExportMetadata,
  files: readonly { readonly name: string; readonly description: string }[],
): string {
  const nameWidth = Math.max(0, ...files.map((f) => f.name.length));
  const method = meta.method;
  const params = method === null ? [] : Object.entries(method.params);
  // The view's caveats often repeat its sources' own: those are given once, under their source.
  const sourceCaveats = new Set(meta.sources.flatMap((s) => s.caveats.map(oneLine)));
  const caveats = meta.caveats.map(oneLine).filter((c) => !sourceCaveats.has(c));
  const section = (heading: string, body: readonly string[]) =>
    body.length === 0 ? [] : ['', heading, ...body];
  const lines = [
    oneLine(meta.title),
    ...(oneLine(meta.subtitle) === '' ? [] : [oneLine(meta.subtitle)]),
    '',
    'A figure made with Backlash, the data it shows, and how to cite it.',
    ...section(
      'Files',
      files.map((f) => `  ${f.name.padEnd(nameWidth)}  ${oneLine(f.description)}`),
    ),
    ...section('Cite as', [`  ${citePlain(meta)}`]),
    ...section(
      'Sources',
      meta.sources.flatMap((s) => [
        `  - ${sourceLine(s)}`,
        ...(s.url === null ? [] : [`    ${oneLine(s.url)}`]),
        `    Licence: ${oneLine(s.licence)}`,
        ...s.caveats.map((c) => `    Caveat: ${oneLine(c)}`),
      ]),
    ),
    ...section(
      'Caveats',
      caveats.map((c) => `  - ${c}`),
    ),
    ...section(
      'Method',
      method === null
        ? []
        : [
            `  ${oneLine(method.label)} (${method.name})`,
            ...params.map(([name, value]) => `    ${name} = ${oneLine(paramValue(value))}`),
            ...(method.reference === null ? [] : [`  Reference: ${oneLine(method.reference)}`]),
          ],
    ),
    ...section(
      'Notes',
      meta.notes.map((n) => `  - ${oneLine(n)}`),
    ),
    ...section('Data version', [
      `  ${meta.dataVersion}${meta.dataVersionDate === '' ? '' : `, built ${meta.dataVersionDate}`}`,
    ]),
    ...section('Make this pack again', [
      `  The view: ${oneLine(meta.link)}`,
      '  From the command line, in a copy of Backlash on the same data version:',
      `  npm run -s backlash -- figure --view ${shellQuote(linkQuery(meta.link))} --format pack --out figure.zip`,
    ]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
