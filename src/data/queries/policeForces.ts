import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readPoliceForces, type PoliceForces } from '../readers/policeForces';

export type { PoliceForces } from '../readers/policeForces';

/** Query options for every police force's monthly hate crime and Islamophobic crime counts. */
export const policeForcesQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'police-forces'],
    queryFn: async ({ client, signal }): Promise<PoliceForces> =>
      readPoliceForces(await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the police forces' monthly series. */
export const usePoliceForces = () => useQuery(policeForcesQueryOptions());
