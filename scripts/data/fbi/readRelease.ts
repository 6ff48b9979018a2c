import { unzipSync } from 'fflate';
import { gunzipSync } from 'node:zlib';
import { RawFileError } from '../rawFileError';

/** Returns the text of a gzip-compressed CSV (the 2024 release as the project keeps it). */
export function gunzipCsv(bytes: Uint8Array, file: string): string {
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new RawFileError(file, null, 'gzip', error instanceof Error ? error.message : String(error));
  }
}

/** Returns the name and text of the one CSV inside a zip, ignoring macOS metadata (`__MACOSX/`, `._*`). */
export function unzipCsv(bytes: Uint8Array, file: string): { readonly name: string; readonly text: string } {
  const entries = unzipSync(bytes, {
    filter: (entry) =>
      !entry.name.startsWith('__MACOSX/') &&
      !(entry.name.split('/').pop() ?? '').startsWith('._') &&
      entry.name.toLowerCase().endsWith('.csv'),
  });
  const names = Object.keys(entries);
  const [name] = names;
  const content = name === undefined ? undefined : entries[name];
  if (names.length !== 1 || name === undefined || content === undefined) {
    throw new RawFileError(
      file,
      null,
      'zip',
      `expected one CSV file, found ${names.length}: ${names.join(', ')}`,
    );
  }
  return { name, text: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8') };
}
