import { parseCsv } from '../../src/core/csv/parseCsv';
import { isoMonth, monthNumber } from '../../src/core/dates';
import { RawFileError } from './rawFileError';

/** One month of the Home Office series. */
export interface MonthlyCount {
  readonly date: string;
  readonly count: number;
}

/**
 * Returns the monthly counts of the Home Office's Figure 2 sheet (wide: a row per month name, a column per year),
 * in date order; fails on any cell that is neither empty nor a count.
 */
export function parseHomeOfficeFigure2(text: string, file: string): MonthlyCount[] {
  const records = parseCsv(text);
  const headerIndex = records.findIndex(
    (record) => record.fields.filter((f) => /^\d{4}$/.test(f.trim())).length >= 2,
  );
  const header = records[headerIndex];
  if (header === undefined) throw new RawFileError(file, null, 'header', 'no row of year columns found');
  const years = header.fields.map((field) => (/^\d{4}$/.test(field.trim()) ? Number(field) : null));
  const counts: MonthlyCount[] = [];
  for (const record of records.slice(headerIndex + 1)) {
    const month = monthNumber(record.fields[0] ?? '');
    if (month === null) continue; // titles, blank lines and footnotes
    record.fields.forEach((cell, column) => {
      const year = years[column];
      if (column === 0 || cell.trim() === '') return;
      if (year === undefined || year === null) {
        throw new RawFileError(
          file,
          record.line,
          `column ${column + 1}`,
          `value "${cell}" is under no year heading`,
        );
      }
      counts.push({ date: isoMonth(year, month), count: parseCount(cell, file, record.line, String(year)) });
    });
  }
  return counts.sort((a, b) => a.date.localeCompare(b.date));
}

function parseCount(cell: string, file: string, line: number, field: string): number {
  const plain = cell.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+$/.test(plain)) throw new RawFileError(file, line, field, `"${cell}" is not a count`);
  return Number(plain);
}
