import * as z from 'zod/mini';
import { makeSeries, type Series } from '../../core/series/series';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import type { DataPackage } from '../schemas/dataPackage';
import { countCell, isoMonth, text } from '../schemas/common';

const areaRowSchema = z.object({ date: isoMonth, area: text(), count: countCell });

/** Monthly series by area (e.g. London and each borough), with the month from which they are comparable. */
export interface AreaMonthly {
  readonly areas: readonly string[];
  readonly byArea: ReadonlyMap<string, Series>;
  /** First month whose recording is comparable with the latest, or null when the whole series is. */
  readonly comparableFrom: string | null;
}

/** Returns a monthly `date,area,count` resource as one series per area, with the first comparable month. */
export async function readAreaMonthly(
  name: string,
  dataPackage: DataPackage,
  read: DataReader,
): Promise<AreaMonthly> {
  const columns = ['date', 'area', 'count'];
  const { resource, rows, sources } = await readCsvResource(dataPackage, name, areaRowSchema, columns, read);
  const grouped = new Map<string, { date: string; count: number }[]>();
  for (const row of rows) {
    const points = grouped.get(row.area) ?? [];
    points.push({ date: row.date, count: row.count });
    grouped.set(row.area, points);
  }
  const byArea = new Map(
    [...grouped].map(([area, points]) => [
      area,
      makeSeries({
        name,
        title: `${resource.title}: ${area}`,
        interval: 'month',
        points: points.sort((a, b) => a.date.localeCompare(b.date)),
        sources,
        caveats: resource.caveats,
      }),
    ]),
  );
  return { areas: [...grouped.keys()], byArea, comparableFrom: resource.comparableFrom ?? null };
}
