import type { ExportTable } from './exportTypes';
import { metadataRecord } from './metadataRecord';

/** Returns a table as one JSON document: its metadata inline and its rows as objects keyed by column name. */
export function toJson(table: ExportTable): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column, i) => [column.name, finite(row[i] ?? null)])),
  );
  return `${JSON.stringify({ ...metadataRecord(table), rows }, null, 2)}\n`;
}

function finite<T>(value: T): T | null {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
