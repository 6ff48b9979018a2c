import type { CsvRecord } from '../../../src/core/csv/parseCsv';
import { CsvSyntaxError, parseCsv } from '../../../src/core/csv/parseCsv';
import { isoMonth } from '../../../src/core/dates';
import { RawFileError } from '../rawFileError';
import { dataRecords } from '../dataRecords';

/** One borough row of a minor crime class: a count for every month of the table. */
export interface BoroughRow {
  readonly line: number;
  readonly borough: string;
  readonly counts: readonly number[];
}

/** The rows of one minor class of the MPS borough table, with the table's months (`YYYY-MM`) in order. */
export interface MinorClassTable {
  readonly months: readonly string[];
  readonly rows: readonly BoroughRow[];
}

const LABELS = ['majortext', 'minortext', 'boroughname'] as const;

/**
 * Returns the borough rows of one minortext class of the wide MPS table (majortext, minortext, boroughname,
 * then one `YYYYMM` column a month); fails naming file, line and field on anything unexpected.
 */
export function parseMinorClass(text: string, file: string, minortext: string): MinorClassTable {
  const records = parseRecords(text, file);
  const header = records[0];
  if (header === undefined) throw new RawFileError(file, null, 'header', 'the file is empty');
  LABELS.forEach((label, at) => {
    if (header.fields[at]?.trim().toLowerCase() !== label) {
      throw new RawFileError(
        file,
        header.line,
        label,
        `missing column (column ${at + 1} is "${header.fields[at] ?? ''}")`,
      );
    }
  });
  const monthFields = header.fields.slice(LABELS.length);
  const months = monthFields.map((field) => monthOfHeader(field, file, header.line));
  checkConsecutive(months, monthFields, file, header.line);
  const rows: BoroughRow[] = [];
  for (const record of dataRecords(records, header, file)) {
    if (record.fields[1] !== minortext) continue;
    const borough = record.fields[2] ?? '';
    if (borough.trim() === '') throw new RawFileError(file, record.line, 'boroughname', 'empty borough name');
    if (rows.some((row) => row.borough === borough)) {
      throw new RawFileError(file, record.line, 'boroughname', `"${borough}" appears twice for ${minortext}`);
    }
    const counts = record.fields
      .slice(LABELS.length)
      .map((cell, at) =>
        parseCount(cell, file, record.line, monthFields[at] ?? `column ${at + LABELS.length + 1}`),
      );
    rows.push({ line: record.line, borough, counts });
  }
  if (rows.length === 0) throw new RawFileError(file, null, 'minortext', `no row of "${minortext}"`);
  return { months, rows };
}

function parseRecords(text: string, file: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RawFileError(file, error.line, 'csv', error.message);
    throw error;
  }
}

function monthOfHeader(field: string, file: string, line: number): string {
  const match = /^(\d{4})(\d{2})$/.exec(field.trim());
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12) {
    throw new RawFileError(
      file,
      line,
      field,
      `unknown date format "${field}" (expected a month written YYYYMM)`,
    );
  }
  return isoMonth(Number(match[1]), month);
}

function checkConsecutive(
  months: readonly string[],
  fields: readonly string[],
  file: string,
  line: number,
): void {
  months.forEach((month, at) => {
    const previous = months[at - 1];
    if (previous !== undefined && month !== nextMonth(previous)) {
      throw new RawFileError(file, line, fields[at] ?? month, `month ${month} does not follow ${previous}`);
    }
  });
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? isoMonth(year + 1, 1) : isoMonth(year, number + 1);
}

function parseCount(cell: string, file: string, line: number, field: string): number {
  if (!/^\d+$/.test(cell.trim())) {
    throw new RawFileError(file, line, field, `"${cell}" is not a count (a whole number, zero or more)`);
  }
  return Number(cell);
}
