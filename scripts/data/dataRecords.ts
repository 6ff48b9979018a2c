import type { CsvRecord } from '../../src/core/csv/parseCsv';
import { RawFileError } from './rawFileError';

/** Returns the records after the header without blank lines; fails on a record whose field count is not the header's. */
export function dataRecords(records: readonly CsvRecord[], header: CsvRecord, file: string): CsvRecord[] {
  const body = records.slice(records.indexOf(header) + 1);
  return body.filter((record) => {
    if (record.fields.length === 1 && record.fields[0] === '') return false;
    if (record.fields.length !== header.fields.length) {
      const detail = `has ${record.fields.length} fields, the header has ${header.fields.length}`;
      throw new RawFileError(file, record.line, 'record', detail);
    }
    return true;
  });
}
