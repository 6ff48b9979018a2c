import { readFileSync } from 'node:fs';
import { CsvSyntaxError, parseCsv } from '../../src/core/csv/parseCsv';
import type { CsvRecord } from '../../src/core/csv/parseCsv';
import { daysBetween, isIsoDay, isIsoMonth } from '../../src/core/dates';
import { CliError } from './cliError';

/** A dated series read from a `date,count` CSV file: one date per count, a missing count is null. */
export interface SeriesFile {
  readonly dates: readonly string[];
  readonly counts: readonly (number | null)[];
  /** 'day' for `YYYY-MM-DD` dates, 'month' for `YYYY-MM`. */
  readonly unit: 'day' | 'month';
}

/** Returns the series in a CSV file with `date` and `count` columns, or throws a CliError naming file, row and field. */
export function readSeriesCsv(path: string): SeriesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseSeriesCsv(text, path);
}

/** Returns the series in `date,count` CSV text (extra columns ignored), or throws a CliError naming file, row and field. */
export function parseSeriesCsv(text: string, file: string): SeriesFile {
  let records: CsvRecord[];
  try {
    records = parseCsv(text).filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CliError(`${file}, ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new CliError(`${file}: the file is empty; expected a header “date,count”`);
  const names = header.fields.map((name) => name.trim());
  const dateColumn = names.indexOf('date');
  const countColumn = names.indexOf('count');
  for (const [column, name] of [
    [dateColumn, 'date'],
    [countColumn, 'count'],
  ] as const)
    if (column < 0)
      throw new CliError(
        `${file}, row 0 (the header), field “${name}”: no such column (the header is “${names.join(',')}”)`,
      );
  if (rows.length === 0) throw new CliError(`${file}: no data rows after the header`);

  const dates: string[] = [];
  const counts: (number | null)[] = [];
  let unit: 'day' | 'month' | null = null;
  rows.forEach((record, index) => {
    const where = (field: string) => `${file}, row ${index + 1} (line ${record.line}), field “${field}”`;
    const date = record.fields[dateColumn]?.trim();
    const count = record.fields[countColumn]?.trim();
    if (date === undefined || count === undefined)
      throw new CliError(
        `${file}, row ${index + 1} (line ${record.line}): ${record.fields.length} fields where the header has ${names.length}`,
      );
    const rowUnit = isIsoDay(date) ? 'day' : isIsoMonth(date) ? 'month' : null;
    if (rowUnit === null)
      throw new CliError(`${where('date')}: expected an ISO day YYYY-MM-DD or month YYYY-MM (got “${date}”)`);
    unit ??= rowUnit;
    if (rowUnit !== unit)
      throw new CliError(`${where('date')}: expected a ${unit} like the first row's, got “${date}”`);
    const previous = dates[dates.length - 1];
    if (previous !== undefined && stepsBetween(previous, date, unit) !== 1)
      throw new CliError(
        `${where('date')}: expected the ${unit} after ${previous} (got “${date}”); ` +
          `rows must be consecutive, with an empty count for a missing ${unit}`,
      );
    if (count !== '' && !/^\d+$/.test(count))
      throw new CliError(
        `${where('count')}: expected a whole number of 0 or more, or empty for a missing value (got “${count}”)`,
      );
    dates.push(date);
    counts.push(count === '' ? null : Number(count));
  });
  return { dates, counts, unit: unit ?? 'day' };
}

function stepsBetween(from: string, to: string, unit: 'day' | 'month'): number {
  if (unit === 'day') return daysBetween(from, to);
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}
