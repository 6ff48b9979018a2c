import type * as z from 'zod/mini';
import { CsvSyntaxError, parseCsv } from '../core/csv/parseCsv';
import { DataFileError } from './dataFileError';

/** Returns the rows of a CSV data file validated against a row schema; throws a DataFileError naming row and field. */
export function parseCsvFile<T>(
  file: string,
  text: string,
  rowSchema: z.ZodMiniType<T>,
  columns: readonly string[],
): T[] {
  let records;
  try {
    records = parseCsv(text).filter((record) => !(record.fields.length === 1 && record.fields[0] === ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new DataFileError(file, null, null, error.message);
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined) throw new DataFileError(file, null, null, 'the file is empty');
  for (const column of columns) {
    if (!header.fields.includes(column))
      throw new DataFileError(file, 0, column, 'missing column in the header');
  }
  return body.map((record, index) => {
    if (record.fields.length !== header.fields.length) {
      const problem = `has ${record.fields.length} fields, the header has ${header.fields.length}`;
      throw new DataFileError(file, index + 1, null, problem);
    }
    const row = Object.fromEntries(header.fields.map((name, i) => [name, record.fields[i]]));
    const result = rowSchema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || null;
    const value = field === null ? '' : ` (got “${row[field] ?? ''}”)`;
    throw new DataFileError(file, index + 1, field, `${issue?.message ?? 'invalid row'}${value}`);
  });
}

/** Returns a JSON data file validated against its schema; throws a DataFileError naming the entry and field. */
export function parseJsonFile<T>(file: string, text: string, schema: z.ZodMiniType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(
      file,
      null,
      null,
      `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const entryIndex = path.findIndex((part) => typeof part === 'number');
  const row = entryIndex < 0 ? null : Number(path[entryIndex]) + 1;
  const field =
    path.length === 0
      ? null
      : path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
  throw new DataFileError(file, row, field?.replace(/\.\[/g, '[') ?? null, issue?.message ?? 'invalid value');
}
