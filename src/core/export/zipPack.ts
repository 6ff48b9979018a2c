import { zipSync } from 'fflate';

/**
 * Returns a ZIP of the files: deflated at a fixed level, every entry dated 1 January 1980 (ZIP's own epoch, built
 * from local time parts so that every time zone writes the same bytes): the same files give the same ZIP in the
 * browser and in Node.
 */
export function zipPack(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  return zipSync(
    Object.fromEntries(files.map((file) => [file.name, [file.bytes, { mtime, level: 6 }] as const])),
  );
}
