import type { Source } from '../provenance';

/** One column of an export: its name in the file, what it holds, its unit. */
export interface ExportColumn {
  /** The column's name in the file (the CSV header, the JSON key). */
  readonly name: string;
  /** What the column holds, in a sentence. */
  readonly description: string;
  /** The unit of its values (`count`, `per cent`, `ISO date`), or null where it has none. */
  readonly unit: string | null;
}

/** A cell: a number, text, a switch, or null for a missing value (written empty in CSV, null in JSON). */
export type ExportCell = number | string | boolean | null;

/** How a view's figures were computed: the method, its reference and every parameter value used. */
export interface ExportMethod {
  /** The method's identifier, e.g. `ears-c2`. */
  readonly name: string;
  /** The method's name for readers, e.g. `EARS C2`. */
  readonly label: string;
  /** Where the method is described, or null. */
  readonly reference: string | null;
  /** Every parameter value used, in the order the method lists them. */
  readonly params: Readonly<Record<string, number | boolean | string | null>>;
}

/** Everything an export says about where its numbers come from. */
export interface ExportMetadata {
  /** E.g. "Anti-Muslim hate incidents reported to the FBI, daily, 2001-08-01 to 2001-12-31". */
  readonly title: string;
  readonly subtitle: string;
  /**
   * The view's full address, e.g. `https://example.org/backlash/?us.res=day&…` (its query rebuilds the view).
   */
  readonly link: string;
  /** The data package's content hash, `sha256:…` (its first 12 hex digits where space is short). */
  readonly dataVersion: string;
  /**
   * When the data was built from its sources, taken from the data (never the wall clock): an ISO day
   * (`YYYY-MM-DD`); a month (`YYYY-MM`) or a year (`YYYY`) is accepted where no day is known.
   */
  readonly dataVersionDate: string;
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
  readonly method: ExportMethod | null;
  /** E.g. "Missing values are empty, never 0." */
  readonly notes: readonly string[];
}

/** A table to export: its columns and rows (each row one cell per column), with its metadata. */
export interface ExportTable {
  readonly metadata: ExportMetadata;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}
