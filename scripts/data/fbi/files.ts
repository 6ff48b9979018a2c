import { formatCsv } from '../../../src/core/csv/formatCsv';
import { formatIsoDate } from '../../../src/core/dates';
import { US_GOVERNMENT_WORK } from '../licences';
import { readRawFile } from '../rawFiles';
import type { DerivedFile, ResourceMeta } from '../resource';
import { derivedFrom, findSource, frictionlessSource } from '../resource';
import { deriveDailyCounts } from './deriveDaily';
import { antiMuslimIncidentRows, INCIDENT_COLUMNS } from './incidentTable';
import { STATE_YEAR_COLUMNS } from '../../../src/data/schemas/stateYears';
import { parseFbiIncidents } from './parseIncidents';
import { gunzipCsv } from './readRelease';
import { stateYearCounts } from './stateYears';

const MULTI_BIAS =
  'Counts every incident whose bias list names Anti-Islamic (Muslim), multi-bias incidents included.';

/**
 * Returns `fbi-anti-muslim-daily.csv`, `fbi-anti-muslim-incidents.csv` and `fbi-state-year-incidents.csv`, derived
 * from the 2024 FBI release.
 */
export function fbiFiles(rawDir?: string): DerivedFile[] {
  const raw = readRawFile('fbiHateCrime2024', rawDir);
  const incidents = parseFbiIncidents(gunzipCsv(raw.bytes, raw.path), raw.path);
  const daily = deriveDailyCounts(incidents);
  const [first, last] = [formatIsoDate(daily[0]?.date ?? ''), formatIsoDate(daily.at(-1)?.date ?? '')];
  const source = findSource('fbi-hate-crime-2024');
  const shared: Pick<ResourceMeta, 'format' | 'mediatype' | 'sources' | 'licenses' | 'derivedFrom'> = {
    format: 'csv',
    mediatype: 'text/csv',
    sources: [frictionlessSource(source)],
    licenses: [US_GOVERNMENT_WORK],
    derivedFrom: [derivedFrom('fbiHateCrime2024', raw)],
  };
  return [
    {
      path: 'fbi-anti-muslim-daily.csv',
      content: formatCsv(
        ['date', 'count', 'all_count'],
        daily.map((d) => [d.date, d.count, d.allCount]),
      ),
      meta: {
        name: 'fbi-anti-muslim-daily',
        title: 'Anti-Muslim hate crime incidents reported to the FBI, United States, by day',
        description: `Every calendar day from ${first} to ${last}: incidents whose bias list names Anti-Islamic (Muslim), and all hate crime incidents, by incident date.`,
        ...shared,
        schema: {
          fields: [
            {
              name: 'date',
              type: 'date',
              description: 'Incident date, YYYY-MM-DD',
              constraints: { required: true, unique: true },
            },
            {
              name: 'count',
              type: 'integer',
              description: 'Incidents whose bias list names Anti-Islamic (Muslim)',
              constraints: { required: true, minimum: 0 },
            },
            {
              name: 'all_count',
              type: 'integer',
              description: 'All hate crime incidents, any bias',
              constraints: { required: true, minimum: 0 },
            },
          ],
        },
        caveats: [
          ...source.caveats,
          MULTI_BIAS,
          'A day without a reported incident counts 0: the file lists every reported incident.',
        ],
      },
    },
    {
      path: 'fbi-anti-muslim-incidents.csv',
      content: formatCsv(INCIDENT_COLUMNS, antiMuslimIncidentRows(incidents)),
      meta: {
        name: 'fbi-anti-muslim-incidents',
        title: `Anti-Muslim hate crime incidents reported to the FBI, United States, ${first} to ${last}`,
        description:
          'One row per incident whose bias list names Anti-Islamic (Muslim), by date then incident id, with the fields to filter by.',
        ...shared,
        schema: {
          fields: [
            {
              name: 'incident_id',
              type: 'integer',
              description: 'The FBI’s incident id',
              constraints: { required: true, unique: true },
            },
            {
              name: 'date',
              type: 'date',
              description: 'Incident date, YYYY-MM-DD',
              constraints: { required: true },
            },
            {
              name: 'state_abbr',
              type: 'string',
              description: 'State (two-letter abbreviation, as published)',
            },
            { name: 'offense_name', type: 'string', description: 'Offence names, joined by “;”' },
            { name: 'location_name', type: 'string', description: 'Location type, as published' },
            {
              name: 'victim_count',
              type: 'integer',
              description: 'Victims of the incident',
              constraints: { required: true, minimum: 0 },
            },
            { name: 'bias_desc', type: 'string', description: 'Every bias of the incident, joined by “;”' },
            {
              name: 'multiple_bias',
              type: 'boolean',
              description: 'True for a multi-bias incident (M), false for a single-bias one (S)',
              constraints: { required: true },
            },
          ],
        },
        caveats: [...source.caveats, MULTI_BIAS],
      },
    },
    {
      path: 'fbi-state-year-incidents.csv',
      content: formatCsv(
        STATE_YEAR_COLUMNS,
        stateYearCounts(incidents).map((row) => [row.state, row.year, row.incidents]),
      ),
      meta: {
        name: 'fbi-state-year-incidents',
        title: 'Hate crime incidents of any bias reported to the FBI, by state and year',
        description:
          'Every state the file names, every year it spans: hate crime incidents of any bias, 0 where the state’s agencies reported none that year.',
        ...shared,
        schema: {
          fields: [
            {
              name: 'state_abbr',
              type: 'string',
              description: 'State (two-letter abbreviation, as published)',
            },
            {
              name: 'year',
              type: 'integer',
              description: 'Year of the incident date',
              constraints: { required: true },
            },
            {
              name: 'all_incidents',
              type: 'integer',
              description: 'Hate crime incidents of any bias',
              constraints: { required: true, minimum: 0 },
            },
          ],
        },
        caveats: [
          ...source.caveats,
          'A 0 means the state’s agencies sent the FBI no hate crime incident of any bias that year: the charts treat such a year as not reporting, never as a year without hate crime.',
        ],
      },
    },
  ];
}
