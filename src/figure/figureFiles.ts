import { citeBibtex, citeCff, citePlain, citeRis } from '../core/export/citations';
import { toCsv, toCsvMetadata } from '../core/export/csv';
import { figurePackReadme } from '../core/export/packReadme';
import { toJson } from '../core/export/json';
import { zipPack } from '../core/export/zipPack';
import { figureTable } from '../core/figure/figureTable';
import type { TimeSeriesSpec } from '../core/figure/timeSeriesFigure';
import type { Figure } from '../core/figure/types';
import { renderFigureSvg } from './renderSvg';

/** The formats a figure can be downloaded in. */
export type FigureFormat = 'svg' | 'png' | 'csv' | 'json' | 'pack';

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

/** Returns the file of a figure in one format: the same bytes in the browser and from the command line. */
export async function figureFile(
  format: FigureFormat,
  figure: Figure,
  spec: TimeSeriesSpec,
  assets: FigureAssets,
  scale: 1 | 2 | 4 = 2,
): Promise<FigureFile> {
  const name = `${figureSlug(figure)}${format === 'png' ? `@${scale}x` : ''}.${format === 'pack' ? 'zip' : format}`;
  return { name, bytes: await figureBytes(format, figure, spec, assets, scale), type: TYPES[format] };
}

async function figureBytes(
  format: FigureFormat,
  figure: Figure,
  spec: TimeSeriesSpec,
  assets: FigureAssets,
  scale: 1 | 2 | 4,
): Promise<Uint8Array> {
  const table = figureTable(figure, spec);
  switch (format) {
    case 'svg':
      return encode(renderFigureSvg(figure, assets.fontFace));
    case 'png':
      return assets.rasterise(renderFigureSvg(figure, assets.fontFace), scale);
    case 'csv':
      return encode(toCsv(table));
    case 'json':
      return encode(toJson(table));
    case 'pack': {
      const svg = renderFigureSvg(figure, assets.fontFace);
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

/** Returns the plain-text citation of a figure. */
export function figureCitation(figure: Figure, spec: TimeSeriesSpec): string {
  return citePlain(figureTable(figure, spec).metadata);
}

/** Returns a file name for a figure: its view and what distinguishes it, e.g. `backlash-us-day-2001-08-01-2001-12-31`. */
export function figureSlug(figure: Figure): string {
  const first = figure.rows[0]?.start ?? '';
  const last = figure.rows[figure.rows.length - 1]?.end ?? '';
  return ['backlash', figure.view, first, last].filter((part) => part !== '').join('-');
}
