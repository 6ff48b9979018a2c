import { type CsvRecord, CsvTokenizer } from './csvTokenizer';

export { CsvSyntaxError, type CsvRecord } from './csvTokenizer';

/** Returns the records of RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF); blank lines are kept. */
export function parseCsv(text: string): CsvRecord[] {
  const tokenizer = new CsvTokenizer();
  return [...tokenizer.push(text), ...tokenizer.end()];
}
