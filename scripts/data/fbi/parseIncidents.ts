import type { CsvRecord } from '../../../src/core/csv/parseCsv';
import { CsvSyntaxError, parseCsv } from '../../../src/core/csv/parseCsv';
import { RawFileError } from '../rawFileError';
import { parseFbiDate } from './fbiDate';
import { dataRecords } from '../dataRecords';

/** One incident of the FBI hate crime master file, with the fields the project uses. */
export interface FbiIncident {
  /** Line of the CSV text the incident starts on. */
  readonly line: number;
  readonly incidentId: string;
  /** ISO day, whichever format the release writes it in. */
  readonly date: string;
  readonly stateAbbr: string;
  /** Offence names joined by `;`, as published. */
  readonly offenseName: string;
  readonly locationName: string;
  readonly victimCount: number;
  /** The biases of `bias_desc`, split on `;`. */
  readonly biases: readonly string[];
  /** True when `multiple_bias` is `M`, false when it is `S`. */
  readonly multipleBias: boolean;
}

/** The columns read, in lower case: the 2024 release writes them so, the 2021 release in upper case. */
const COLUMNS = [
  'incident_id',
  'incident_date',
  'state_abbr',
  'offense_name',
  'location_name',
  'victim_count',
  'bias_desc',
  'multiple_bias',
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Returns every incident of an FBI hate crime CSV (either release: lower- or upper-case headers, ISO or
 * `31-AUG-91` dates); fails naming file, line and field on a missing column, a bad date, count or flag.
 */
export function parseFbiIncidents(text: string, file: string): FbiIncident[] {
  const records = parseRecords(text, file);
  const header = records[0];
  if (header === undefined) throw new RawFileError(file, null, 'header', 'the file is empty');
  const index = columnIndexes(header, file);
  const incidents: FbiIncident[] = [];
  for (const record of dataRecords(records, header, file)) {
    incidents.push(readIncident(record, index, file));
  }
  return incidents;
}

interface ColumnIndex {
  readonly position: Readonly<Record<Column, number>>;
  /** Each column's name as the file spells it, for error messages. */
  readonly spelling: Readonly<Record<Column, string>>;
}

function parseRecords(text: string, file: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RawFileError(file, error.line, 'csv', error.message);
    throw error;
  }
}

function columnIndexes(header: CsvRecord, file: string): ColumnIndex {
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const position = {} as Record<Column, number>;
  const spelling = {} as Record<Column, string>;
  for (const column of COLUMNS) {
    const at = names.indexOf(column);
    if (at < 0) throw new RawFileError(file, header.line, column, 'missing column');
    position[column] = at;
    spelling[column] = header.fields[at] ?? column;
  }
  return { position, spelling };
}

function readIncident(record: CsvRecord, { position, spelling }: ColumnIndex, file: string): FbiIncident {
  const cell = (column: Column) => record.fields[position[column]] ?? '';
  function fail(column: Column, detail: string): never {
    throw new RawFileError(file, record.line, spelling[column], detail);
  }
  const incidentId = readIncidentId(cell('incident_id'));
  if (incidentId === null) fail('incident_id', `"${cell('incident_id')}" is not an incident id`);
  const date = parseFbiDate(cell('incident_date'));
  if (date === null) fail('incident_date', `unknown date format "${cell('incident_date')}"`);
  const victims = cell('victim_count');
  if (!/^\d+$/.test(victims))
    fail('victim_count', `"${victims}" is not a count (a whole number, zero or more)`);
  const biasDesc = cell('bias_desc');
  if (biasDesc === '') fail('bias_desc', 'empty bias list');
  const multiple = cell('multiple_bias');
  if (multiple !== 'S' && multiple !== 'M') fail('multiple_bias', `"${multiple}" is neither S nor M`);
  return {
    line: record.line,
    incidentId,
    date,
    stateAbbr: cell('state_abbr'),
    offenseName: cell('offense_name'),
    locationName: cell('location_name'),
    victimCount: Number(victims),
    biases: biasDesc.split(';'),
    multipleBias: multiple === 'M',
  };
}

/**
 * Returns the id as digits, or null. The 2024 file was written from R, which printed id 100000 (line 101085)
 * as `1e+05`: an exponent form that denotes a whole number is read as that number.
 */
function readIncidentId(text: string): string | null {
  if (/^\d+$/.test(text)) return text;
  if (!/^\d(\.\d+)?e\+\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? String(value) : null;
}
