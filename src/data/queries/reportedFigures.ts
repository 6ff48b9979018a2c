import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchReader } from '../dataReader';
import { readReportedFigures } from '../readers/reportedFigures';
import { dataPackageQueryOptions } from './dataPackage';

export type { SourcedReportedFigures } from '../readers/reportedFigures';

/** Query options for the reported figures. */
export const reportedFiguresQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'reported-figures'],
    queryFn: async ({ client, signal }) =>
      readReportedFigures(await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the reported figures. */
export const useReportedFigures = () => useQuery(reportedFiguresQueryOptions());
