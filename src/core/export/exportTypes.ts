import type { Source } from '../provenance';

/** One column of an export: its name in the file, what it holds, its unit. */
export interface ExportColumn {
  readonly name: string;
  readonly description: string;
  readonly unit: string | null;
}

/** A cell: a number, text, a switch, or null for a missing value (written empty in CSV, null in JSON). */
export type ExportCell = number | string | boolean | null;

/** Everything an export says about where its numbers come from. */
export interface ExportMetadata {
  readonly title: string;
  readonly subtitle: string;
  /** The view's full address. */
  readonly link: string;
  /** The data package's content hash, `sha256:…`. */
  readonly dataVersion: string;
  /** The newest publication date among the sources (an ISO day, month or year): when the data was last released. */
  readonly dataVersionDate: string;
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
  readonly method: {
    readonly name: string;
    readonly label: string;
    readonly reference: string | null;
    readonly params: Readonly<Record<string, number | boolean | string | null>>;
  } | null;
  readonly notes: readonly string[];
}

/** A table to export: its columns and rows (each row one cell per column), with its metadata. */
export interface ExportTable {
  readonly metadata: ExportMetadata;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}
