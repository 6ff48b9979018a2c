import { formatCsv } from '../../../src/core/csv/formatCsv';
import { parseHomeOfficeFigure2 } from '../homeOfficeFigure2';
import { OGL3 } from '../licences';
import { readRawFile } from '../rawFiles';
import type { DerivedFile } from '../resource';
import { derivedFrom, findSource, frictionlessSource } from '../resource';

/** Returns `ho-rra-monthly-ew.csv`, derived from Figure 2 of the Home Office bulletin, with its description. */
export function homeOfficeFiles(rawDir?: string): DerivedFile[] {
  const figure2 = readRawFile('homeOfficeFigure2', rawDir);
  const monthly = parseHomeOfficeFigure2(figure2.bytes.toString('utf8'), figure2.path);
  const source = findSource('home-office-hosb2419');
  return [
    {
      path: 'ho-rra-monthly-ew.csv',
      content: formatCsv(
        ['date', 'count'],
        monthly.map((m) => [m.date, m.count]),
      ),
      meta: {
        name: 'ho-rra-monthly-ew',
        title: 'Racially or religiously aggravated offences, England and Wales, by month',
        description:
          'Offences recorded by the police, April 2013 to March 2019, from Figure 2 of the Home Office bulletin.',
        format: 'csv',
        mediatype: 'text/csv',
        schema: {
          fields: [
            {
              name: 'date',
              type: 'yearmonth',
              description: 'Month, YYYY-MM',
              constraints: { required: true, unique: true },
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
        licenses: [OGL3],
        caveats: [...source.caveats],
        derivedFrom: [derivedFrom('homeOfficeFigure2', figure2)],
      },
    },
  ];
}
