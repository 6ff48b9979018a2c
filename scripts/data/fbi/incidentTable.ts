import type { CsvCell } from '../../../src/core/csv/formatCsv';
import { isAntiMuslim } from './deriveDaily';
import type { FbiIncident } from './parseIncidents';

export { INCIDENT_COLUMNS } from '../../../src/data/schemas/incidents';

/** Returns the anti-Muslim incidents as table rows, by date then incident id. */
export function antiMuslimIncidentRows(incidents: readonly FbiIncident[]): CsvCell[][] {
  return incidents
    .filter(isAntiMuslim)
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a.incidentId) - Number(b.incidentId))
    .map((i) => [
      i.incidentId,
      i.date,
      i.stateAbbr,
      i.offenseName,
      i.locationName,
      i.victimCount,
      i.biases.join(';'),
      i.multipleBias ? 'true' : 'false',
    ]);
}
