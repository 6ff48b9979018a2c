import { checkTable } from './checkTable';
import type { ExportCell, ExportTable } from './exportTypes';
import { metadataRecord } from './metadataRecord';

/**
 * Returns a table as one JSON document: its metadata inline (the fields of the CSV's sidecar, in the same
 * fixed order) and then `rows`, each an object keyed by column name in column order (even a name such as
 * "2019", which a JavaScript object would move first), a missing value null; numbers as JSON writes them (a
 * number that is not finite, which JSON cannot hold, is null); 2-space indent, final newline. Throws a
 * RangeError when two columns share a name or a row does not hold one cell per column.
 */
export function toJson(table: ExportTable): string {
  const keys = table.columns.map((column) => JSON.stringify(column.name));
  const rows = checkTable(table).map((row) =>
    keys.length === 0
      ? '{}'
      : `{\n${keys.map((key, i) => `      ${key}: ${jsonCell(row[i] ?? null)}`).join(',\n')}\n    }`,
  );
  const rowsText = rows.length === 0 ? '[]' : `[\n${rows.map((row) => `    ${row}`).join(',\n')}\n  ]`;
  const metadata = JSON.stringify(metadataRecord(table), null, 2);
  return `${metadata.slice(0, -2)},\n  "rows": ${rowsText}\n}\n`;
}

function jsonCell(cell: ExportCell): string {
  return typeof cell === 'number' && !Number.isFinite(cell) ? 'null' : JSON.stringify(cell);
}
