import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { makeSeries, type Series } from '../../core/series/series';
import { fetchCsvResource } from '../fetchResource';
import { countCell, isoMonth } from '../schemas/common';
import type { DataPackage } from '../schemas/dataPackage';
import { dataPackageQueryOptions } from './dataPackage';

const monthlyRowSchema = z.object({ date: isoMonth, count: countCell });

/** Returns a monthly `date,count` series with its sources from the data package. */
export async function fetchMonthlySeries(
  name: string,
  dataPackage: DataPackage,
  signal?: AbortSignal,
): Promise<Series> {
  const { resource, rows, sources } = await fetchCsvResource(
    dataPackage,
    name,
    monthlyRowSchema,
    ['date', 'count'],
    signal,
  );
  return makeSeries({
    name,
    title: resource.title,
    interval: 'month',
    points: rows,
    sources,
    caveats: resource.caveats,
  });
}

/** Query options for a monthly series; the data package is loaded (or reused) first. */
export const monthlySeriesQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['data', 'monthly', name],
    queryFn: async ({ client, signal }) =>
      fetchMonthlySeries(name, await client.ensureQueryData(dataPackageQueryOptions()), signal),
    staleTime: Infinity,
  });

/** Returns the query state of a monthly series. */
export const useMonthlySeries = (name: string) => useQuery(monthlySeriesQueryOptions(name));
