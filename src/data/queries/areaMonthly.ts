import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readAreaMonthly, type AreaMonthly } from '../readers/areaMonthly';

export type { AreaMonthly } from '../readers/areaMonthly';

/** Query options for a monthly `date,area,count` resource. */
export const areaMonthlyQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'area-monthly', name],
    queryFn: async ({ client, signal }): Promise<AreaMonthly> =>
      readAreaMonthly(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of a monthly series by area. */
export const useAreaMonthly = (name: string) => useQuery(areaMonthlyQueryOptions(name));
