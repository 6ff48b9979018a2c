import type { Source } from '../core/provenance';
import type { DataPackage, Resource } from './schemas/dataPackage';
import { DataFileError } from './dataFileError';

/** Returns the catalogue entry of the data package as a core Source. */
export function toSource(entry: DataPackage['sources'][number]): Source {
  const { path, ...rest } = entry;
  return { ...rest, url: path };
}

/** Returns the package's source catalogue keyed by id. */
export function sourceCatalogue(dataPackage: DataPackage): Map<string, Source> {
  return new Map(dataPackage.sources.map((entry) => [entry.id, toSource(entry)]));
}

/** Returns the sources with these ids; throws a DataFileError naming the first unknown id. */
export function resolveSources(
  catalogue: Map<string, Source>,
  ids: readonly string[],
  file: string,
): Source[] {
  return ids.map((id) => {
    const source = catalogue.get(id);
    if (source === undefined)
      throw new DataFileError(
        file,
        null,
        'sources',
        `cites “${id}”, which data/datapackage.json does not list`,
      );
    return source;
  });
}

/** Returns the package's description of a resource; throws when the package does not describe it. */
export function findResource(dataPackage: DataPackage, name: string): Resource {
  const resource = dataPackage.resources.find((r) => r.name === name);
  if (resource === undefined)
    throw new DataFileError('data/datapackage.json', null, 'resources', `no resource named “${name}”`);
  return resource;
}
