import type { CsvRecord } from '../../../src/core/csv/parseCsv';
import { CsvSyntaxError, parseCsv } from '../../../src/core/csv/parseCsv';
import { isoMonth } from '../../../src/core/dates';
import { dataRecords } from '../dataRecords';
import { RawFileError } from '../rawFileError';

/** The columns a police force's monthly return may have. */
export const REPORT_COLUMNS = ['date', 'hate_crimes', 'muslim_crimes', 'county'] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** What a file is declared to look like: its columns in their published order, and the county value of its rows. */
export interface ReportShape {
  readonly columns: readonly ReportColumn[];
  readonly county: string;
}

/** One month of a police force's return; a count is null where the return gives none (missing, never 0). */
export interface ReportMonth {
  /** The line of the raw file the month is on. */
  readonly line: number;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly hateCrimes: number | null;
  readonly muslimCrimes: number | null;
}

/** The cell R wrote for a missing value (`NA`); an empty cell is missing too. */
const MISSING_CELLS = new Set(['', 'NA']);

/**
 * Returns the months of one police force's monthly return (uk-police-foi/police-reports/), in date order. Each quirk
 * of the published files is handled by name: a UTF-8 byte-order mark; CRLF or LF line ends, with or without a final
 * one; dates written `2015-01-01` or `2015-1-1`; rows out of date order; columns in another order, or no
 * `muslim_crimes` column (both declared in `shape`); `NA` or an empty cell for a missing count. Anything else (a
 * column or county the shape does not declare, a count that is not a whole number, a month twice, a date not on the
 * 1st) fails naming the file, the line and the field: no row is ever dropped.
 */
export function parsePoliceReport(text: string, file: string, shape: ReportShape): ReportMonth[] {
  const records = parseRecords(withoutByteOrderMark(text), file);
  const header = records[0];
  if (header === undefined) throw new RawFileError(file, null, 'header', 'the file is empty');
  const at = columnIndexes(header, file, shape.columns);
  const seen = new Map<string, number>();
  const months: ReportMonth[] = [];
  for (const record of dataRecords(records, header, file)) {
    const cell = (column: ReportColumn) => {
      const index = at[column];
      return index === undefined ? '' : (record.fields[index] ?? '');
    };
    if (cell('county') !== shape.county) {
      throw new RawFileError(
        file,
        record.line,
        'county',
        `"${cell('county')}" is not this file's county ("${shape.county}")`,
      );
    }
    const month = monthOfFirstDay(cell('date'), file, record.line);
    const first = seen.get(month);
    if (first !== undefined) {
      throw new RawFileError(
        file,
        record.line,
        'date',
        `month ${month} appears twice (first on line ${first})`,
      );
    }
    seen.set(month, record.line);
    months.push({
      line: record.line,
      month,
      hateCrimes: countOrMissing(cell('hate_crimes'), file, record.line, 'hate_crimes'),
      // A file without the column (thames-valley_clean.csv) gives no Islamophobic count: missing, not 0.
      muslimCrimes:
        at.muslim_crimes === undefined
          ? null
          : countOrMissing(cell('muslim_crimes'), file, record.line, 'muslim_crimes'),
    });
  }
  if (months.length === 0) throw new RawFileError(file, null, 'date', 'the file has no month');
  // Rows out of date order (derbyshire_clean.csv and others sort `2015-10-1` before `2015-2-1`): put in order.
  return months.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** Returns the text without the UTF-8 byte-order mark that some returns start with. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseRecords(text: string, file: string): CsvRecord[] {
  try {
    return parseCsv(text); // CRLF or LF line ends, with or without a final one
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RawFileError(file, error.line, 'csv', error.message);
    throw error;
  }
}

/** Returns each declared column's index; fails on an unknown, repeated, missing or misplaced column. */
function columnIndexes(
  header: CsvRecord,
  file: string,
  columns: readonly ReportColumn[],
): Partial<Record<ReportColumn, number>> {
  const known: readonly string[] = REPORT_COLUMNS;
  header.fields.forEach((name, index) => {
    if (!known.includes(name)) {
      throw new RawFileError(
        file,
        header.line,
        name,
        `unknown column "${name}" (expected ${columns.join(',')})`,
      );
    }
    if (header.fields.indexOf(name) !== index) {
      throw new RawFileError(file, header.line, name, `column "${name}" appears twice`);
    }
  });
  for (const column of columns) {
    if (!header.fields.includes(column)) {
      throw new RawFileError(file, header.line, column, `missing column (expected ${columns.join(',')})`);
    }
  }
  const extra = header.fields.find((name) => !(columns as readonly string[]).includes(name));
  if (extra !== undefined) {
    throw new RawFileError(
      file,
      header.line,
      extra,
      `column "${extra}" is not declared for this file (expected ${columns.join(',')})`,
    );
  }
  columns.forEach((column, index) => {
    if (header.fields[index] !== column) {
      throw new RawFileError(
        file,
        header.line,
        column,
        `column ${index + 1} is "${header.fields[index] ?? ''}", not "${column}" (expected ${columns.join(',')})`,
      );
    }
  });
  return Object.fromEntries(columns.map((column, index) => [column, index]));
}

/** Returns `YYYY-MM` of a date on the 1st of a month, written `2015-01-01` or `2015-1-1`; fails on anything else. */
function monthOfFirstDay(cell: string, file: string, line: number): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (match === null || month < 1 || month > 12) {
    throw new RawFileError(
      file,
      line,
      'date',
      `unknown date format "${cell}" (expected the 1st of a month, written YYYY-MM-DD or YYYY-M-D)`,
    );
  }
  if (day !== 1) {
    throw new RawFileError(file, line, 'date', `"${cell}" is not on the 1st of a month (a row is one month)`);
  }
  return isoMonth(year, month);
}

/** Returns a count, or null for a missing one (`NA` or an empty cell): never 0 for a missing count. */
function countOrMissing(cell: string, file: string, line: number, field: ReportColumn): number | null {
  if (MISSING_CELLS.has(cell)) return null;
  if (!/^\d+$/.test(cell)) {
    throw new RawFileError(
      file,
      line,
      field,
      `"${cell}" is not a count (a whole number, zero or more; NA or empty when missing)`,
    );
  }
  return Number(cell);
}
