import * as z from 'zod/mini';
import { makeSeries, type Series } from '../../core/series/series';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import { countCell, isoMonth } from '../schemas/common';
import type { DataPackage } from '../schemas/dataPackage';

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
