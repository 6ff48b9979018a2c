import type { ExportTable } from './exportTypes';

/**
 * Returns the table's rows after checking its shape: column names distinct, each row one cell per column.
 * Throws a RangeError naming the first fault, since a repeated name or a shifted row would put values under
 * the wrong heading in every format.
 */
export function checkTable(table: ExportTable): ExportTable['rows'] {
  const names = new Set<string>();
  for (const column of table.columns) {
    if (names.has(column.name)) throw new RangeError(`export: column “${column.name}” appears twice`);
    names.add(column.name);
  }
  const width = table.columns.length;
  const bad = table.rows.findIndex((row) => row.length !== width);
  if (bad >= 0) {
    const cells = table.rows[bad]?.length ?? 0;
    throw new RangeError(`export: row ${bad + 1} has ${cells} cells for ${width} columns`);
  }
  return table.rows;
}
