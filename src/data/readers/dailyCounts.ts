import * as z from 'zod/mini';
import type { Source } from '../../core/provenance';
import type { CountPair } from '../../core/series/aggregate';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import type { DataPackage } from '../schemas/dataPackage';
import { countCell, isoDay } from '../schemas/common';

const dailyRowSchema = z.object({ date: isoDay, count: countCell, all_count: countCell });

/** A daily series of incidents of interest and of all incidents, with its provenance. */
export interface DailyCounts {
  readonly name: string;
  readonly title: string;
  readonly days: readonly CountPair[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
}

/** Returns a daily `date,count,all_count` resource with its provenance. */
export async function readDailyCounts(
  name: string,
  dataPackage: DataPackage,
  read: DataReader,
): Promise<DailyCounts> {
  const columns = ['date', 'count', 'all_count'];
  const { resource, rows, sources } = await readCsvResource(dataPackage, name, dailyRowSchema, columns, read);
  const days = rows.map((r) => ({ date: r.date, count: r.count, allCount: r.all_count }));
  return { name, title: resource.title, days, sources, caveats: resource.caveats };
}
