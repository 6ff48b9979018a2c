import { describe, expect, it } from 'vitest';
import { citePlain } from '../../../src/core/export/citations';
import type { ExportMetadata } from '../../../src/core/export/exportTypes';
import { FBI, META, MOPAC, MPS } from './fixtures';

const CASES: readonly (readonly [string, ExportMetadata, string])[] = [
  [
    'a view with one source',
    META,
    'Backlash (2024). Anti-Muslim hate incidents reported to the FBI, daily, 2001-08-01 to 2001-12-31. ' +
      'Incidents a day, with the EARS C2 baseline and its upper bound. Data version 1a2b3c4d5e6f (2024-09-23). ' +
      `Sources: ${FBI.publisher}, “${FBI.title}” (2024-09-23). ${META.link}`,
  ],
  [
    'several sources, a month as the data date, text already ending in a full stop, line breaks folded',
    {
      ...META,
      title: 'Racially or religiously\naggravated offences.',
      subtitle: '',
      dataVersionDate: '2024-02',
      sources: [MPS, MOPAC],
    },
    'Backlash (2024). Racially or religiously aggravated offences. Data version 1a2b3c4d5e6f (2024-02). Sources: ' +
      'Metropolitan Police Service, published on the London Datastore, “MPS Recorded Crime: Geographic Breakdown” ' +
      '(2024-02); Mayor’s Office for Policing and Crime, “Hate crime dashboard” (2018). ' +
      META.link,
  ],
  [
    'no sources, no date, a link that is only a query (the command line without --site)',
    { ...META, sources: [], dataVersionDate: '', link: '?view=ho' },
    'Backlash (n.d.). Anti-Muslim hate incidents reported to the FBI, daily, 2001-08-01 to 2001-12-31. ' +
      'Incidents a day, with the EARS C2 baseline and its upper bound. Data version 1a2b3c4d5e6f. ?view=ho',
  ],
];

describe('citePlain(meta)', () => {
  it.each(CASES)('%s', (_, meta, expected) => {
    expect(citePlain(meta)).toBe(expected);
  });

  it('is one line', () => {
    for (const [, meta] of CASES) expect(citePlain(meta)).not.toMatch(/[\r\n]/);
  });
});
