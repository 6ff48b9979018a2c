import type * as z from 'zod/mini';
import type { Source } from '../core/provenance';
import { fetchDataFile } from './fetchDataFile';
import { parseCsvFile } from './parseDataFile';
import { findResource, resolveSources, sourceCatalogue } from './provenance';
import type { DataPackage, Resource } from './schemas/dataPackage';

/** The validated rows of one CSV resource, with the package's description of it and its sources. */
export interface SourcedRows<T> {
  readonly resource: Resource;
  readonly rows: T[];
  readonly sources: Source[];
}

/** Returns the rows of a CSV resource named in the data package, validated row by row, with its sources. */
export async function fetchCsvResource<T>(
  dataPackage: DataPackage,
  name: string,
  rowSchema: z.ZodMiniType<T>,
  columns: readonly string[],
  signal?: AbortSignal,
): Promise<SourcedRows<T>> {
  const resource = findResource(dataPackage, name);
  const file = `data/${resource.path}`;
  const rows = parseCsvFile(file, await fetchDataFile(resource.path, signal), rowSchema, columns);
  const ids = resource.sources.map((s) => s.id);
  return { resource, rows, sources: resolveSources(sourceCatalogue(dataPackage), ids, file) };
}
