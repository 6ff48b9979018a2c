import type * as z from 'zod/mini';
import type { Source } from '../core/provenance';
import type { DataReader } from './dataReader';
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
export async function readCsvResource<T>(
  dataPackage: DataPackage,
  name: string,
  rowSchema: z.ZodMiniType<T>,
  columns: readonly string[],
  read: DataReader,
): Promise<SourcedRows<T>> {
  const resource = findResource(dataPackage, name);
  const file = `data/${resource.path}`;
  const rows = parseCsvFile(file, await read(resource.path), rowSchema, columns);
  const ids = resource.sources.map((s) => s.id);
  return { resource, rows, sources: resolveSources(sourceCatalogue(dataPackage), ids, file) };
}
