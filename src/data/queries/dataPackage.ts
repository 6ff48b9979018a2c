import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataFile } from '../fetchDataFile';
import { parseJsonFile } from '../parseDataFile';
import { type DataPackage, dataPackageSchema } from '../schemas/dataPackage';

/** Returns the validated data package (`data/datapackage.json`). */
export async function fetchDataPackage(signal?: AbortSignal): Promise<DataPackage> {
  return parseJsonFile(
    'data/datapackage.json',
    await fetchDataFile('datapackage.json', signal),
    dataPackageSchema,
  );
}

/** Query options for the data package; it never changes while the page is open. */
export const dataPackageQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'datapackage'],
    queryFn: ({ signal }) => fetchDataPackage(signal),
    staleTime: Infinity,
  });

/** Returns the query state of the data package. */
export const useDataPackage = () => useQuery(dataPackageQueryOptions());
