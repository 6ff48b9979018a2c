import { dateParts, oneLine, sentence, shortVersion, sourceLine, webAddress } from './citationParts';
import type { ExportMetadata } from './exportTypes';

/** Returns one RIS line: the tag, two spaces, a hyphen, a space and the value on one line. */
function tag(name: string, value: string): string {
  return `${name}  - ${oneLine(value)}`;
}

/**
 * Returns an RIS record of the view: `TY  - DATA` first and `ER  - ` last, one tag a line, CRLF line ends:
 * title, Backlash as author, year and date (`YYYY/MM/DD/`, parts left empty where unknown), version as
 * edition, the link (when it is a web address), the subtitle as abstract, and notes with the full data
 * version and each source with its licence.
 */
export function citeRis(meta: ExportMetadata): string {
  const date = dateParts(meta.dataVersionDate);
  const url = webAddress(meta.link);
  const lines = [
    tag('TY', 'DATA'),
    tag('TI', meta.title),
    tag('AU', 'Backlash'),
    ...(date === null
      ? []
      : [tag('PY', date.year), tag('DA', `${date.year}/${date.month ?? ''}/${date.day ?? ''}/`)]),
    tag('ET', shortVersion(meta.dataVersion)),
    ...(url === null ? [] : [tag('UR', url)]),
    ...(oneLine(meta.subtitle) === '' ? [] : [tag('AB', meta.subtitle)]),
    tag('N1', sentence(`Data version ${meta.dataVersion}`)),
    ...meta.sources.map((s) =>
      tag('N1', `Source: ${sentence(sourceLine(s))} Licence: ${sentence(s.licence)}`),
    ),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
