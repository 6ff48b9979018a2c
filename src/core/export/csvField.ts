import type { ExportCell } from './exportTypes';
import { plainNumber } from './plainNumber';

/** The first characters that make a spreadsheet read text as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Returns text a spreadsheet will not run as a formula: text beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading single quote (`=1+2` becomes `'=1+2`), as OWASP advises; other text is
 * unchanged.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Returns a field as RFC 4180 writes it: in double quotes (inner quotes doubled) only when it holds `,` `"`
 * CR or LF.
 */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Returns one cell as a CSV field: a number in plain decimal (`plainNumber`; never neutralised, so -3 stays
 * -3), true or false, empty for null (and for a number that is not finite, which has no CSV form), and text
 * neutralised against formulas, then quoted where needed.
 */
export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? plainNumber(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quoteField(neutraliseFormula(cell));
}
