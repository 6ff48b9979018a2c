import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readMonthlySeries } from '../readers/monthlySeries';

/** Query options for a monthly series; the data package is loaded (or reused) first. */
export const monthlySeriesQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'monthly', name],
    queryFn: async ({ client, signal }) =>
      readMonthlySeries(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of a monthly series. */
export const useMonthlySeries = (name: string) => useQuery(monthlySeriesQueryOptions(name));
