import type { ExportTable } from '../../export/exportTypes';
import { type BarFigure, barFigure, type BarSpec } from '../barFigure';
import { exportMetadata, seriesTable } from '../exportTables';
import type { ThemeName } from '../theme';
import { timeSeriesFigure, type TimeSeriesSpec } from '../timeSeriesFigure';
import type { Figure } from '../types';

/** What a view shows: a time series, a bar chart, or a table alone. */
export type ViewContent =
  | { readonly kind: 'time'; readonly spec: TimeSeriesSpec }
  | { readonly kind: 'bar'; readonly spec: BarSpec }
  | { readonly kind: 'table'; readonly view: string; readonly table: ExportTable };

/** A chart laid out at a width: a time series or a bar chart. */
export type AnyFigure = Figure | BarFigure;

/** Returns the table a view's downloads hold, with its metadata. */
export function contentTable(content: ViewContent): ExportTable {
  switch (content.kind) {
    case 'time':
      return seriesTable(content.spec);
    case 'bar':
      return {
        metadata: exportMetadata({ ...content.spec, method: null }),
        columns: content.spec.columns,
        rows: content.spec.rows,
      };
    case 'table':
      return content.table;
  }
}

/** Returns a view's chart laid out at a width, or null for a table. */
export function contentFigure(
  content: ViewContent,
  size: { readonly width: number; readonly theme?: ThemeName },
): AnyFigure | null {
  switch (content.kind) {
    case 'time':
      return timeSeriesFigure(content.spec, size);
    case 'bar':
      return barFigure(content.spec, size);
    case 'table':
      return null;
  }
}

/** Returns a file name for a view's downloads, e.g. `backlash-us-2001-08-01-2001-12-31` or `backlash-national`. */
export function contentSlug(content: ViewContent): string {
  const parts =
    content.kind === 'time'
      ? [content.spec.view, content.spec.rows[0]?.start ?? '', content.spec.rows.at(-1)?.end ?? '']
      : [content.kind === 'bar' ? content.spec.view : content.view];
  return ['backlash', ...parts].filter((part) => part !== '').join('-');
}
