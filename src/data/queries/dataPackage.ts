import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchReader } from '../dataReader';
import { readDataPackage } from '../readers/dataPackage';

/** Query options for the data package; it never changes while the page is open. */
export const dataPackageQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'datapackage'],
    queryFn: ({ signal }) => readDataPackage(fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the data package. */
export const useDataPackage = () => useQuery(dataPackageQueryOptions());
