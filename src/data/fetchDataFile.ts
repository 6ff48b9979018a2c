import { DataFileError } from './dataFileError';

/**
 * Returns the URL of a data file, relative to the page (or to `base`, the page's address, in a worker) so the
 * built site works under any sub-path.
 */
export function dataFileUrl(name: string, base: string = document.baseURI): string {
  return new URL(`data/${name}`, base).href;
}

/** Returns the text of a data file; throws a DataFileError when it cannot be fetched. */
export async function fetchDataFile(name: string, signal?: AbortSignal, base?: string): Promise<string> {
  const file = `data/${name}`;
  let response: Response;
  try {
    response = await fetch(dataFileUrl(name, base), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError(
      file,
      null,
      null,
      `could not be fetched (${error instanceof Error ? error.message : 'network error'})`,
    );
  }
  if (!response.ok)
    throw new DataFileError(file, null, null, `could not be fetched (HTTP ${response.status})`);
  return response.text();
}
