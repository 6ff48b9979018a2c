import { checkTable } from './checkTable';
import { csvField, neutraliseFormula, quoteField } from './csvField';
import type { ExportTable } from './exportTypes';
import { type MetadataRecord, metadataRecord } from './metadataRecord';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** How the CSV is written, stated in its sidecar so a reader (or a program) can read it back exactly. */
export const CSV_DIALECT = {
  encoding: 'utf-8',
  byteOrderMark: true,
  delimiter: ',',
  lineTerminator: CRLF,
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  missingValue: '',
  numbers:
    'Plain decimal, never exponent notation, with the shortest digits that read back to the same number.',
  formulaGuard:
    'Text beginning with =, +, -, @, a tab or a carriage return is written with a leading single quote, so ' +
    'that spreadsheets do not run it as a formula; numbers are never changed.',
} as const;

/** The CSV's sidecar: the table's metadata, then how the CSV is written. */
export interface CsvMetadataRecord extends MetadataRecord {
  readonly dialect: typeof CSV_DIALECT;
}

/**
 * Returns a table as CSV text (RFC 4180): a byte-order mark (U+FEFF) so spreadsheets read UTF-8, a header of
 * the column names, then exactly the rows given, in order, each line ended by CRLF. Cells are written by
 * `csvField`; a line that would be blank (one column, its cell empty) is written `""` so that no reader skips
 * the row. Throws a RangeError when two columns share a name or a row does not hold one cell per column.
 */
export function toCsv(table: ExportTable): string {
  const header = table.columns.map((column) => quoteField(neutraliseFormula(column.name)));
  const lines = [header, ...checkTable(table).map((row) => row.map(csvField))].map((fields) => {
    const line = fields.join(',');
    return line === '' && table.columns.length > 0 ? '""' : line;
  });
  return `${BOM}${lines.map((line) => `${line}${CRLF}`).join('')}`;
}

/**
 * Returns the CSV's sidecar as JSON (in the spirit of CSV on the Web and Frictionless,
 * `data.csv-metadata.json`): title, subtitle, link, data version and date, each source, caveats, method and
 * every parameter, notes, each column's name, description and unit, and the CSV's dialect; keys in a fixed
 * order, 2-space indent, final newline.
 */
export function toCsvMetadata(table: ExportTable): string {
  const record: CsvMetadataRecord = { ...metadataRecord(table), dialect: CSV_DIALECT };
  return `${JSON.stringify(record, null, 2)}\n`;
}
