import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPackageQueryOptions } from './dataPackage';
import { fetchReader } from '../dataReader';
import { readEvents } from '../readers/events';

export type { SourcedEvent } from '../readers/events';

/** Query options for the events. */
export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'events'],
    queryFn: async ({ client, signal }) =>
      readEvents(await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the events. */
export const useEvents = () => useQuery(eventsQueryOptions());
