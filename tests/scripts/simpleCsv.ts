/**
 * A deliberately simple second CSV reader for checking the build against the raw files: split lines, then a
 * minimal quote-aware split. It shares no code with the build's parser (src/core/csv/parseCsv.ts).
 */

/** Returns the non-empty lines of a text, without their CR or LF. */
export function simpleLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
    .filter((line) => line !== '');
}

/** Returns the fields of one CSV line: commas inside double quotes do not split, and outer quotes are removed. */
export function simpleSplit(line: string): string[] {
  const fields: string[] = [];
  let pending: string | null = null;
  for (const piece of line.split(',')) {
    const joined: string = pending === null ? piece : `${pending},${piece}`;
    if ((joined.split('"').length - 1) % 2 === 1) {
      pending = joined; // an opened quote is not closed yet
      continue;
    }
    pending = null;
    fields.push(
      joined.startsWith('"') && joined.endsWith('"') ? joined.slice(1, -1).replaceAll('""', '"') : joined,
    );
  }
  if (pending !== null) throw new Error(`unbalanced quotes in: ${line.slice(0, 80)}`);
  return fields;
}
