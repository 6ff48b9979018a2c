import { citePlain, shortVersion } from './citations';
import type { ExportMetadata } from './exportTypes';

/** Returns the README.txt of a figure pack: each file and what it is, the citation, the sources and how to rebuild it. */
export function figurePackReadme(
  meta: ExportMetadata,
  files: readonly { readonly name: string; readonly description: string }[],
): string {
  const query = meta.link.includes('?') ? meta.link.slice(meta.link.indexOf('?') + 1) : '';
  const lines = [
    meta.title,
    meta.subtitle,
    '',
    'Files',
    ...files.map((f) => `  ${f.name}: ${f.description}`),
    '',
    'Cite as',
    `  ${citePlain(meta).trim()}`,
    '',
    'Sources',
    ...meta.sources.flatMap((s) => [
      `  ${s.publisher}, ${s.title} (${s.date}). Licence: ${s.licence}.${s.url === null ? '' : ` ${s.url}`}`,
      ...s.caveats.map((c) => `    Caveat: ${c}`),
    ]),
    ...(meta.caveats.length > 0 ? ['', 'Caveats', ...meta.caveats.map((c) => `  ${c}`)] : []),
    '',
    `Data version ${meta.dataVersion} (${shortVersion(meta.dataVersion)}), released ${meta.dataVersionDate}.`,
    `The view: ${meta.link}`,
    '',
    'The same files from the command line, in a checkout of Backlash on the same data version:',
    `  npm run -s backlash -- figure --view '${query}' --format pack --out figure.zip`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
