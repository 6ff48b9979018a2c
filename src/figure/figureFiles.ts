import { citeBibtex, citeCff, citeRis } from '../core/export/citations';
import { toCsv, toCsvMetadata } from '../core/export/csv';
import { figurePackReadme } from '../core/export/packReadme';
import { toJson } from '../core/export/json';
import { zipPack } from '../core/export/zipPack';
import type { ThemeName } from '../core/figure/theme';
import { contentFigure, contentSlug, contentTable, type ViewContent } from '../core/figure/views/content';
import { renderFigureSvg } from './renderSvg';

/** The formats a figure can be downloaded in. */
export type FigureFormat = 'svg' | 'png' | 'csv' | 'json' | 'pack';

/** The formats a table alone (a view with no chart) can be downloaded in. */
export const TABLE_FORMATS: readonly FigureFormat[] = ['csv', 'json'];

/** What the formats need that differs between the browser and Node: the font's CSS and the rasteriser. */
export interface FigureAssets {
  readonly fontFace: string;
  readonly rasterise: (svg: string, scale: 1 | 2 | 4) => Promise<Uint8Array>;
}

/** A file to download or write: its name, bytes and media type. */
export interface FigureFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

const TYPES: Readonly<Record<FigureFormat, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pack: 'application/zip',
};

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Returns the file of a view in one format, its chart laid out at `size`: the same bytes in the browser and from
 * the command line. A table alone has no SVG, PNG or pack: asking for one throws a RangeError saying so.
 */
export async function figureFile(
  format: FigureFormat,
  content: ViewContent,
  size: { readonly width: number; readonly theme?: ThemeName },
  assets: FigureAssets,
  scale: 1 | 2 | 4 = 2,
): Promise<FigureFile> {
  const name = `${contentSlug(content)}${format === 'png' ? `@${scale}x` : ''}.${format === 'pack' ? 'zip' : format}`;
  return { name, bytes: await figureBytes(format, content, size, assets, scale), type: TYPES[format] };
}

async function figureBytes(
  format: FigureFormat,
  content: ViewContent,
  size: { readonly width: number; readonly theme?: ThemeName },
  assets: FigureAssets,
  scale: 1 | 2 | 4,
): Promise<Uint8Array> {
  const table = contentTable(content);
  if (format === 'csv') return encode(toCsv(table));
  if (format === 'json') return encode(toJson(table));
  const figure = contentFigure(content, size);
  if (figure === null)
    throw new RangeError(
      `this view is a table: it downloads as ${TABLE_FORMATS.join(' or ')}, not ${format}`,
    );
  const svg = renderFigureSvg(figure, assets.fontFace);
  switch (format) {
    case 'svg':
      return encode(svg);
    case 'png':
      return assets.rasterise(svg, scale);
    case 'pack': {
      const files = [
        { name: 'figure.svg', description: 'The figure as SVG, its font embedded.', bytes: encode(svg) },
        {
          name: 'figure.png',
          description: 'The figure as PNG at twice its size.',
          bytes: await assets.rasterise(svg, 2),
        },
        {
          name: 'data.csv',
          description: 'Every row the figure holds, unreduced (UTF-8, with a byte-order mark).',
          bytes: encode(toCsv(table)),
        },
        {
          name: 'data.csv-metadata.json',
          description: 'What each column of data.csv holds, its sources, method and data version.',
          bytes: encode(toCsvMetadata(table)),
        },
        {
          name: 'CITATION.cff',
          description: 'How to cite this figure (Citation File Format).',
          bytes: encode(citeCff(table.metadata)),
        },
        {
          name: 'citation.bib',
          description: 'How to cite this figure (BibTeX).',
          bytes: encode(citeBibtex(table.metadata)),
        },
        {
          name: 'citation.ris',
          description: 'How to cite this figure (RIS).',
          bytes: encode(citeRis(table.metadata)),
        },
      ];
      const readme = figurePackReadme(table.metadata, [
        { name: 'README.txt', description: 'This file.' },
        ...files.map(({ name, description }) => ({ name, description })),
      ]);
      return zipPack([{ name: 'README.txt', bytes: encode(readme) }, ...files]);
    }
  }
}
