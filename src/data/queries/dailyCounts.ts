import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readDailyCounts, type DailyCounts } from '../readers/dailyCounts';

export type { DailyCounts } from '../readers/dailyCounts';

/** Query options for a daily `date,count,all_count` resource. */
export const dailyCountsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'daily', name],
    queryFn: async ({ client, signal }): Promise<DailyCounts> =>
      readDailyCounts(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of a daily series. */
export const useDailyCounts = (name: string) => useQuery(dailyCountsQueryOptions(name));
