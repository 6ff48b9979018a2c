import * as z from 'zod/mini';
import type { Source } from '../../core/provenance';
import type { IncidentFacts } from '../../core/series/incidentCounts';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import type { DataPackage } from '../schemas/dataPackage';
import { countCell, isoDay, text } from '../schemas/common';
import { INCIDENT_COLUMNS } from '../schemas/incidents';

const incidentRowSchema = z.object({
  incident_id: countCell,
  date: isoDay,
  state_abbr: text(),
  offense_name: text(),
  location_name: z.string(),
  victim_count: countCell,
  bias_desc: text(),
  multiple_bias: z.enum(['true', 'false']),
});

/** The incident-level file with its provenance; loaded only when a view filters by state or offence. */
export interface Incidents {
  readonly incidents: readonly IncidentFacts[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
}

/** Returns an incident-level resource: each incident's date, state, offences and whether it had several biases. */
export async function readIncidents(
  name: string,
  dataPackage: DataPackage,
  read: DataReader,
): Promise<Incidents> {
  const { resource, rows, sources } = await readCsvResource(
    dataPackage,
    name,
    incidentRowSchema,
    INCIDENT_COLUMNS,
    read,
  );
  const incidents = rows.map((row) => ({
    date: row.date,
    state: row.state_abbr,
    offences: row.offense_name.split(';'),
    multipleBias: row.multiple_bias === 'true',
  }));
  return { incidents, sources, caveats: resource.caveats };
}
