import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readIncidents, type Incidents } from '../readers/incidents';

export type { Incidents } from '../readers/incidents';

/** Query options for an incident-level resource. */
export const incidentsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'incidents', name],
    queryFn: async ({ client, signal }): Promise<Incidents> =>
      readIncidents(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of an incident-level resource; nothing is fetched until `enabled`. */
export const useIncidents = (name: string, enabled: boolean) =>
  useQuery({ ...incidentsQueryOptions(name), enabled });
