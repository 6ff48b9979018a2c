import { formatCsv } from '../../../src/core/csv/formatCsv';
import { OGL2 } from '../licences';
import { readRawFile } from '../rawFiles';
import type { DerivedFile } from '../resource';
import { derivedFrom, findSource, frictionlessSource } from '../resource';
import { COMPARABLE_FROM, deriveMonthlyByArea, LONDON, RR_PUBLIC_FEAR } from './deriveMonthly';
import { parseMinorClass } from './parseBoroughTable';

/** Returns `mps-rr-public-fear-monthly.csv`, derived from the MPS borough table, with its description. */
export function mpsFiles(rawDir?: string): DerivedFile[] {
  const raw = readRawFile('mpsBoroughHistorical', rawDir);
  const table = parseMinorClass(raw.bytes.toString('utf8'), raw.path, RR_PUBLIC_FEAR);
  const rows = deriveMonthlyByArea(table);
  const source = findSource('mps-recorded-crime-borough');
  return [
    {
      path: 'mps-rr-public-fear-monthly.csv',
      content: formatCsv(
        ['date', 'area', 'count'],
        rows.map((r) => [r.date, r.area, r.count]),
      ),
      meta: {
        name: 'mps-rr-public-fear-monthly',
        title:
          'Racially or religiously aggravated public fear, alarm or distress, London, by month and borough',
        description: `Offences recorded by the Metropolitan Police, ${table.months[0]} to ${table.months.at(-1)}: the ${LONDON} total, then each area of the table; long format, one row per month and area.`,
        format: 'csv',
        mediatype: 'text/csv',
        comparableFrom: COMPARABLE_FROM,
        schema: {
          fields: [
            {
              name: 'date',
              type: 'yearmonth',
              description: 'Month, YYYY-MM',
              constraints: { required: true },
            },
            {
              name: 'area',
              type: 'string',
              description: `“${LONDON}” for the total of every row, else the borough name as published`,
              constraints: { required: true },
            },
            {
              name: 'count',
              type: 'integer',
              description: 'Offences recorded',
              constraints: { required: true, minimum: 0 },
            },
          ],
        },
        sources: [frictionlessSource(source)],
        licenses: [OGL2],
        caveats: [
          ...source.caveats,
          `Comparable from ${COMPARABLE_FROM} only: London-wide counts step from 99 in March 2012 to 194 in April and 327 in May 2012; earlier months are shown for context, never as a baseline.`,
          `${LONDON} is the sum of every row of the class: the 32 boroughs, “London Heathrow and London City Airports” and “Unknown”; the table has no City of London row.`,
        ],
        derivedFrom: [derivedFrom('mpsBoroughHistorical', raw)],
      },
    },
  ];
}
