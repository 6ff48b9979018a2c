import { queryOptions, useQuery } from '@tanstack/react-query';
import { type DataReader, fetchReader } from '../dataReader';
import { parseJsonFile } from '../parseDataFile';
import { type DataPackage, dataPackageSchema } from '../schemas/dataPackage';

/** Returns the validated data package (`data/datapackage.json`). */
export async function readDataPackage(read: DataReader): Promise<DataPackage> {
  return parseJsonFile('data/datapackage.json', await read('datapackage.json'), dataPackageSchema);
}

/** Query options for the data package; it never changes while the page is open. */
export const dataPackageQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'datapackage'],
    queryFn: ({ signal }) => readDataPackage(fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the data package. */
export const useDataPackage = () => useQuery(dataPackageQueryOptions());
