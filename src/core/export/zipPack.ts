import { zipSync } from 'fflate';

/**
 * The time every entry of a pack is dated: 1 January 1980, 00:00, ZIP's own epoch. ZIP stores local date and
 * time parts (no zone), and fflate reads them from a Date's local parts, so this Date is built from local
 * parts too: every time zone writes the same bytes.
 */
const ZIP_EPOCH = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/**
 * The deflate level of every entry: fflate's pure-JavaScript deflate gives the same bytes in Node and the
 * browser.
 */
export const ZIP_LEVEL = 6;

/**
 * Returns a ZIP of the files, in the order given (but for names that are whole numbers, such as "2019", which
 * come first), deflated at a fixed level and dated 1980-01-01 00:00: the same files give the same bytes in
 * the browser and in Node, in any time zone. Throws a RangeError when two files share a name.
 */
export function zipPack(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const mtime = ZIP_EPOCH();
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.name)) throw new RangeError(`zipPack: “${file.name}” is given twice`);
    seen.add(file.name);
  }
  // A copy in this realm's Uint8Array: fflate treats bytes made in another realm (a test's jsdom) as a
  // folder.
  return zipSync(
    Object.fromEntries(
      files.map((file) => [file.name, [new Uint8Array(file.bytes), { mtime, level: ZIP_LEVEL }] as const]),
    ),
  );
}
