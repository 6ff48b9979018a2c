import type { Source } from '../provenance';
import { dateParts, oneLine, sentence, shortVersion, webAddress } from './citationParts';
import type { ExportMetadata } from './exportTypes';
import { yamlString } from './yamlString';

const MESSAGE =
  'If you use this figure or its data, please cite it using these metadata, and cite the sources it rests on.';

/**
 * Returns a CITATION.cff (Citation File Format 1.2.0) of the view, valid against the format's schema: a
 * dataset with title, abstract (the subtitle), Backlash as author, version (12 hex digits) and the full data
 * version as an identifier, date-released (only when the data version date is a full day, as the format
 * requires), url (only when the link is a web address), and one reference per source (type generic, the
 * publisher as author and publisher, url, year, month, date-published as far as its date goes, licence and
 * caveats in notes; sources that would be written alike are written once). Every text is a double-quoted YAML
 * string; LF line ends, final newline.
 */
export function citeCff(meta: ExportMetadata): string {
  const released = dateParts(meta.dataVersionDate);
  const url = webAddress(meta.link);
  const abstract = oneLine(meta.subtitle);
  // The format wants references unique: two sources that would be written alike are written once.
  const references = [...new Map(meta.sources.map((s) => [reference(s).join('\n'), reference(s)])).values()];
  const lines = [
    'cff-version: 1.2.0',
    `message: ${yamlString(MESSAGE)}`,
    'type: dataset',
    `title: ${yamlString(oneLine(meta.title))}`,
    ...(abstract === '' ? [] : [`abstract: ${yamlString(abstract)}`]),
    'authors:',
    `  - name: ${yamlString('Backlash')}`,
    `version: ${yamlString(shortVersion(meta.dataVersion))}`,
    'identifiers:',
    '  - type: other',
    `    value: ${yamlString(meta.dataVersion)}`,
    `    description: ${yamlString('The content hash of the data package the figure was drawn from.')}`,
    ...(released?.day == null ? [] : [`date-released: ${yamlString(meta.dataVersionDate)}`]),
    ...(url === null ? [] : [`url: ${yamlString(url)}`]),
    ...(references.length === 0 ? [] : ['references:', ...references.flat()]),
  ];
  return `${lines.join('\n')}\n`;
}

function reference(source: Source): string[] {
  const date = dateParts(source.date);
  const url = webAddress(source.url);
  const publisher = yamlString(oneLine(source.publisher));
  const notes = [
    sentence(`Licence: ${source.licence}`),
    ...source.caveats.map((caveat) => sentence(`Caveat: ${caveat}`)),
  ].join(' ');
  return [
    '  - type: generic',
    `    title: ${yamlString(oneLine(source.title))}`,
    '    authors:',
    `      - name: ${publisher}`,
    '    publisher:',
    `      name: ${publisher}`,
    ...(url === null ? [] : [`    url: ${yamlString(url)}`]),
    ...(date === null ? [] : [`    year: ${Number(date.year)}`]),
    ...(date?.month == null ? [] : [`    month: ${Number(date.month)}`]),
    ...(date?.day == null ? [] : [`    date-published: ${yamlString(source.date)}`]),
    `    notes: ${yamlString(notes)}`,
  ];
}
