import { CsvSyntaxError, CsvTokenizer, type CsvRecord } from '../../src/core/csv/csvTokenizer';
import { daysBetween, isIsoDay, isIsoMonth } from '../../src/core/dates';
import { MAX_COUNT } from '../../src/core/stats/countLimit';
import { CliError } from './cliError';
import { MAX_LINE_CHARS, MAX_ROWS, quoteCell } from './inputLimits';
import { readTextStream } from './readTextStream';

/** A dated series read from a `date,count` CSV file: one date per count, a missing count is null. */
export interface SeriesFile {
  readonly dates: readonly string[];
  readonly counts: readonly (number | null)[];
  /** 'day' for `YYYY-MM-DD` dates, 'month' for `YYYY-MM`. */
  readonly unit: 'day' | 'month';
}

/**
 * Returns the series in a CSV file with `date` and `count` columns, read as a stream (at most 100,000 rows of at
 * most 65,536 characters, refused as soon as either is passed), or throws a CliError naming file, row and field.
 */
export function readSeriesCsv(path: string): SeriesFile {
  const reader = new SeriesReader(path);
  const tokenizer = new CsvTokenizer(MAX_LINE_CHARS);
  readTextStream(path, (text) => {
    for (const record of tokenize(path, () => tokenizer.push(text))) reader.take(record);
  });
  for (const record of tokenize(path, () => tokenizer.end())) reader.take(record);
  return reader.finish();
}

/** Returns the series in `date,count` CSV text (extra columns ignored), or throws a CliError naming file, row and field. */
export function parseSeriesCsv(text: string, file: string): SeriesFile {
  const reader = new SeriesReader(file);
  const tokenizer = new CsvTokenizer(MAX_LINE_CHARS);
  for (const record of tokenize(file, () => [...tokenizer.push(text), ...tokenizer.end()]))
    reader.take(record);
  return reader.finish();
}

function tokenize(file: string, records: () => CsvRecord[]): CsvRecord[] {
  try {
    return records();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CliError(`${file}, ${error.message}`);
    throw error;
  }
}

const DELIMITERS = [';', '\t', '|'] as const;

/** Checks each record as it arrives and keeps only the dates and counts. */
class SeriesReader {
  private header: readonly string[] | null = null;
  private dateColumn = -1;
  private countColumn = -1;
  /** Blank lines before the header. */
  private leading = 0;
  /** Records after the header, blank lines included: what the row limit counts. */
  private records = 0;
  /** Data rows (blank lines skipped), as messages number them: row N gives output row N. */
  private rows = 0;
  private unit: 'day' | 'month' | null = null;
  private readonly dates: string[] = [];
  private readonly counts: (number | null)[] = [];
  private readonly rowOfDate = new Map<string, number>();

  constructor(private readonly file: string) {}

  take(record: CsvRecord): void {
    const blank = record.fields.length === 1 && record.fields[0]?.trim() === '';
    if (this.header === null) {
      if (!blank) this.takeHeader(record);
      else if (++this.leading > MAX_ROWS)
        throw new CliError(
          `${this.file}: more than ${MAX_ROWS.toLocaleString('en-GB')} blank lines before the header (the limit ` +
            `of one file, passed at line ${record.line}); expected a header “date,count”`,
        );
      return;
    }
    // Blank lines count towards the limit too, so a file of blank lines is refused as early as one of rows.
    if (++this.records > MAX_ROWS)
      throw new CliError(
        `${this.file}: more than ${MAX_ROWS.toLocaleString('en-GB')} rows after the header (the limit of one ` +
          `file, passed at line ${record.line}); aggregate the series (by week or month) or split the file`,
      );
    if (!blank) this.takeRow(record, ++this.rows);
  }

  finish(): SeriesFile {
    if (this.header === null)
      throw new CliError(`${this.file}: the file is empty; expected a header “date,count”`);
    if (this.dates.length === 0) throw new CliError(`${this.file}: no data rows after the header`);
    return { dates: this.dates, counts: this.counts, unit: this.unit ?? 'day' };
  }

  private takeHeader(record: CsvRecord): void {
    const names = record.fields.map((name) => name.trim());
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
      const first = seen.get(name);
      if (first !== undefined && name !== '')
        throw new CliError(
          `${this.file}, row 0 (the header), field ${quoteCell(name)}: the column appears twice ` +
            `(fields ${first + 1} and ${i + 1})`,
        );
      if (first === undefined) seen.set(name, i);
    });
    for (const name of ['date', 'count'] as const)
      if (!seen.has(name)) {
        // A header of one field (no comma) that holds another delimiter: the file was written with that one.
        const [only] = record.fields.length === 1 ? record.fields : [];
        const delimiter = DELIMITERS.find((d) => only?.includes(d));
        const hint =
          delimiter === undefined
            ? ''
            : `; the file seems to use ${delimiter === '\t' ? 'tabs' : `“${delimiter}”`} between fields, but commas are expected`;
        throw new CliError(
          `${this.file}, row 0 (the header), field “${name}”: no such column (the header is ` +
            `${quoteCell(names.join(','))})${hint}`,
        );
      }
    this.header = names;
    this.dateColumn = names.indexOf('date');
    this.countColumn = names.indexOf('count');
  }

  private takeRow(record: CsvRecord, row: number): void {
    const header = this.header as readonly string[];
    const where = (field: string) => `${this.file}, row ${row} (line ${record.line}), field “${field}”`;
    if (record.fields.length !== header.length)
      throw new CliError(
        `${this.file}, row ${row} (line ${record.line}): ${record.fields.length} fields where the header has ${header.length}`,
      );
    const date = (record.fields[this.dateColumn] ?? '').trim();
    const count = (record.fields[this.countColumn] ?? '').trim();
    const rowUnit = isIsoDay(date) ? 'day' : isIsoMonth(date) ? 'month' : null;
    if (rowUnit === null)
      throw new CliError(
        `${where('date')}: expected an ISO day YYYY-MM-DD or month YYYY-MM (got ${quoteCell(date)})`,
      );
    this.unit ??= rowUnit;
    if (rowUnit !== this.unit)
      throw new CliError(
        `${where('date')}: expected a ${this.unit} like the first row's, got ${quoteCell(date)}`,
      );
    const earlier = this.rowOfDate.get(date);
    if (earlier !== undefined)
      throw new CliError(`${where('date')}: duplicate date ${date}, already on row ${earlier}`);
    const previous = this.dates[this.dates.length - 1];
    if (previous !== undefined) {
      const steps = stepsBetween(previous, date, this.unit);
      if (steps < 0)
        throw new CliError(
          `${where('date')}: ${date} comes before the previous row’s ${previous}: rows must be in date order`,
        );
      if (steps !== 1)
        throw new CliError(
          `${where('date')}: expected the ${this.unit} after ${previous} (got “${date}”); ` +
            `rows must be consecutive, with an empty count for a missing ${this.unit}`,
        );
    }
    this.rowOfDate.set(date, row);
    this.dates.push(date);
    this.counts.push(countValue(count, where('count')));
  }
}

function countValue(text: string, where: string): number | null {
  if (text === '') return null;
  if (!/^\d+$/.test(text))
    throw new CliError(
      `${where}: expected a whole number of 0 or more, or empty for a missing value (got ${quoteCell(text)})`,
    );
  const value = Number(text);
  if (value > MAX_COUNT)
    throw new CliError(
      `${where}: expected a whole number from 0 to ${MAX_COUNT.toLocaleString('en-GB')}, the largest count ` +
        `the exact Poisson tails sum promptly (got ${quoteCell(text)})`,
    );
  return value;
}

function stepsBetween(from: string, to: string, unit: 'day' | 'month'): number {
  if (unit === 'day') return daysBetween(from, to);
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}
