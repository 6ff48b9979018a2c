import { bibtexKey } from './bibtexKey';
import { dateParts, oneLine, sentence, shortVersion, sourceLine, webAddress } from './citationParts';
import type { ExportMetadata } from './exportTypes';

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * Returns text safe inside a braced BibTeX field: on one line, and `\ { } % & $ # _ ^ ~` written as LaTeX
 * commands. Braces become `\textbraceleft{}` and `\textbraceright{}` rather than `\{` and `\}`, because
 * BibTeX counts every brace, escaped or not, and one unmatched brace breaks the whole file.
 */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (ch) => SPECIAL[ch] ?? ch);
}

/**
 * Returns an address for BibTeX's `url` field, which LaTeX reads verbatim: written as it is, except that
 * braces, backslashes and spaces (which would break the field) are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, encodeURIComponent);
}

/**
 * Returns a BibTeX `@misc` entry of the view: a stable key (`bibtexKey`), the title (in double braces so
 * styles keep its capitals), Backlash as the author, year and date from the data version date, the version,
 * the link as `url` and `howpublished` (when it is a web address), and a note with the subtitle, the full
 * data version and every source with its publisher; LF line ends, final newline.
 */
export function citeBibtex(meta: ExportMetadata): string {
  const date = dateParts(meta.dataVersionDate);
  const url = webAddress(meta.link);
  const sources = meta.sources.map(sourceLine).join('; ');
  const note = [
    sentence(meta.subtitle),
    sentence(
      `Data version ${meta.dataVersion}${meta.dataVersionDate === '' ? '' : ` (${meta.dataVersionDate})`}`,
    ),
    sources === '' ? '' : sentence(`Data published by ${sources}`),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const fields: [string, string][] = [
    ['title', `{{${bibtexText(meta.title)}}}`],
    ['author', '{{Backlash}}'],
    ...(date === null
      ? []
      : ([
          ['year', `{${date.year}}`],
          ['date', `{${meta.dataVersionDate}}`],
        ] as [string, string][])),
    ['version', `{${bibtexText(shortVersion(meta.dataVersion))}}`],
    ...(url === null
      ? []
      : ([
          ['url', `{${bibtexUrl(url)}}`],
          ['howpublished', `{\\url{${bibtexUrl(url)}}}`],
        ] as [string, string][])),
    ['note', `{${bibtexText(note)}}`],
  ];
  return `@misc{${bibtexKey(meta)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}
