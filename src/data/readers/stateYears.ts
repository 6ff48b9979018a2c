import * as z from 'zod/mini';
import type { StateYearIncidents } from '../../core/series/reporting';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import { countCell, text } from '../schemas/common';
import type { DataPackage } from '../schemas/dataPackage';
import { STATE_YEAR_COLUMNS } from '../schemas/stateYears';

const stateYearRowSchema = z.object({ state_abbr: text(), year: countCell, all_incidents: countCell });

/** Returns each state's hate crime incidents of any bias by year: what tells a state's reporting years. */
export async function readStateYears(
  name: string,
  dataPackage: DataPackage,
  read: DataReader,
): Promise<readonly StateYearIncidents[]> {
  const { rows } = await readCsvResource(dataPackage, name, stateYearRowSchema, STATE_YEAR_COLUMNS, read);
  return rows.map((row) => ({ state: row.state_abbr, year: row.year, incidents: row.all_incidents }));
}
