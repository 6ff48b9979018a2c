import type { ExportCell, ExportTable } from './exportTypes';
import { metadataRecord } from './metadataRecord';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Returns a table as CSV (RFC 4180: CRLF line ends, quotes only where needed) beginning with a byte-order mark so
 * spreadsheets read it as UTF-8: the header, then exactly the rows given. Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR) is prefixed with a single quote; numbers stay numbers.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => quote(c.name)), ...table.rows.map((row) => row.map(cell))];
  return `${BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** Returns the CSV's sidecar: what each column holds, and the sources, method and data version, as JSON. */
export function toCsvMetadata(table: ExportTable): string {
  return `${JSON.stringify(metadataRecord(table), null, 2)}\n`;
}

/** Returns one cell as CSV: a number as JavaScript writes it, null as empty, text neutralised and quoted. */
export function cell(value: ExportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  return quote(FORMULA_START.test(value) ? `'${value}` : value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
