import { fetchDataFile } from './fetchDataFile';

/** Returns the text of a file of data/ by its name in the folder (e.g. `events.json`). */
export type DataReader = (name: string) => Promise<string>;

/** Returns a reader that fetches data files relative to the page (or to `base` in a worker), cancelled by the signal. */
export function fetchReader(signal?: AbortSignal, base?: string): DataReader {
  return (name) => fetchDataFile(name, signal, base);
}
