import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { makeSeries, type Series } from '../../core/series/series';
import { type DataReader, fetchReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import { countCell, isoMonth } from '../schemas/common';
import type { DataPackage } from '../schemas/dataPackage';
import { dataPackageQueryOptions } from './dataPackage';

const monthlyRowSchema = z.object({ date: isoMonth, count: countCell });

/** Returns a monthly `date,count` series with its sources from the data package. */
export async function readMonthlySeries(
  name: string,
  dataPackage: DataPackage,
  read: DataReader,
): Promise<Series> {
  const { resource, rows, sources } = await readCsvResource(
    dataPackage,
    name,
    monthlyRowSchema,
    ['date', 'count'],
    read,
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
      readMonthlySeries(name, await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of a monthly series. */
export const useMonthlySeries = (name: string) => useQuery(monthlySeriesQueryOptions(name));
