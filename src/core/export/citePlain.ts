import { dateParts, oneLine, sentence, shortVersion, sourceLine } from './citationParts';
import type { ExportMetadata } from './exportTypes';

/**
 * Returns the view's citation as one line of plain text: "Backlash (year). Title. Subtitle. Data version
 * <12 hex> (date). Sources: Publisher, “Title” (date); …. <link>", the year from the data version date.
 */
export function citePlain(meta: ExportMetadata): string {
  const year = dateParts(meta.dataVersionDate)?.year ?? 'n.d.';
  const sources = meta.sources.map(sourceLine).join('; ');
  return [
    `Backlash (${year}).`,
    sentence(meta.title),
    sentence(meta.subtitle),
    sentence(
      `Data version ${shortVersion(meta.dataVersion)}${meta.dataVersionDate === '' ? '' : ` (${meta.dataVersionDate})`}`,
    ),
    sources === '' ? '' : sentence(`Sources: ${sources}`),
    oneLine(meta.link),
  ]
    .filter((part) => part !== '')
    .join(' ');
}
