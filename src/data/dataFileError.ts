/** A data file that could not be loaded or does not match its schema: names the file, row and field. */
export class DataFileError extends Error {
  constructor(
    /** Path of the file under the site, e.g. `data/events.json`. */
    readonly file: string,
    /** 1-based data row of a CSV file (the header is row 0), or null. */
    readonly row: number | null,
    /** Column of a CSV file or path inside a JSON file, or null. */
    readonly field: string | null,
    /** What is wrong, in plain words. */
    readonly problem: string,
  ) {
    super(describe(file, row, field, problem));
    this.name = 'DataFileError';
  }
}

function describe(file: string, row: number | null, field: string | null, problem: string): string {
  const where = [file, row === null ? null : `row ${row}`, field === null ? null : `field “${field}”`];
  return `${where.filter((part) => part !== null).join(', ')}: ${problem}`;
}
