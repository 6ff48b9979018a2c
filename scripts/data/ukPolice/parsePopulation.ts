import { CsvSyntaxError, parseCsv } from '../../../src/core/csv/parseCsv';
import { dataRecords } from '../dataRecords';
import { RawFileError } from '../rawFileError';
import { withoutByteOrderMark } from './parseReport';

const COLUMNS = ['county', 'police_area_pop', 'county_pop'] as const;

/** One row of police-area-population.csv: the police force area's population, or null where it gives none. */
export interface AreaPopulation {
  readonly line: number;
  readonly county: string;
  readonly population: number | null;
}

/**
 * Returns the rows of uk-police-foi/police-area-population.csv by county name as published (`avon_somerset`,
 * `west_marcia`, `south-yorkshire`…). Its quirks, handled by name: a UTF-8 byte-order mark; CRLF line ends and no
 * final one; populations written with decimals (`1590000.00`); one written `1720000` and a no-break space (essex); empty
 * cells where it gives none. Fails naming the line and field on a county twice or a value that is not a whole number.
 */
export function parseAreaPopulations(text: string, file: string): Map<string, AreaPopulation> {
  let records;
  try {
    records = parseCsv(withoutByteOrderMark(text));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RawFileError(file, error.line, 'csv', error.message);
    throw error;
  }
  const header = records[0];
  if (header === undefined) throw new RawFileError(file, null, 'header', 'the file is empty');
  COLUMNS.forEach((column, at) => {
    if (header.fields[at] !== column) {
      const found = header.fields[at] ?? '';
      throw new RawFileError(file, header.line, column, `column ${at + 1} is "${found}", not "${column}"`);
    }
  });
  if (header.fields.length !== COLUMNS.length) {
    const extra = header.fields[COLUMNS.length] ?? '';
    throw new RawFileError(file, header.line, extra, `unknown column "${extra}"`);
  }
  const rows = new Map<string, AreaPopulation>();
  for (const record of dataRecords(records, header, file)) {
    const [county = '', areaPopulation = '', countyPopulation = ''] = record.fields;
    if (county === '') throw new RawFileError(file, record.line, 'county', 'empty county name');
    const first = rows.get(county);
    if (first !== undefined) {
      throw new RawFileError(
        file,
        record.line,
        'county',
        `"${county}" appears twice (first on line ${first.line})`,
      );
    }
    const population = wholeNumberOrEmpty(areaPopulation, file, record.line, 'police_area_pop');
    wholeNumberOrEmpty(countyPopulation, file, record.line, 'county_pop'); // not used, but checked
    rows.set(county, { line: record.line, county, population });
  }
  return rows;
}

/** Returns a whole number written `1590000`, `1590000.00` or with a trailing no-break space, or null for an empty cell. */
function wholeNumberOrEmpty(cell: string, file: string, line: number, field: string): number | null {
  const plain = cell.replace(/\u00a0+$/, ''); // essex: `1720000` and a no-break space, as published
  if (plain === '') return null;
  const match = /^(\d+)(?:\.0+)?$/.exec(plain);
  if (match === null) throw new RawFileError(file, line, field, `"${cell}" is not a whole number`);
  return Number(match[1]);
}
