import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readStateYears } from '../readers/stateYears';

/** Query options for the states' incidents of any bias by year. */
export const stateYearsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'state-years', name],
    queryFn: async ({ client, signal }) =>
      readStateYears(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the states' reporting by year; nothing is fetched until `enabled`. */
export const useStateYears = (name: string, enabled: boolean) =>
  useQuery({ ...stateYearsQueryOptions(name), enabled });
