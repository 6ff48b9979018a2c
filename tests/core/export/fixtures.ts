import type { ExportMetadata, ExportTable } from '../../../src/core/export/exportTypes';
import type { Source } from '../../../src/core/provenance';

// Sources shaped like those of data/datapackage.json (a day, a month and a year as dates; URLs null or set).
export const FBI: Source = {
  id: 'fbi-hate-crime-2024',
  publisher:
    'Federal Bureau of Investigation, Criminal Justice Information Services, US Department of Justice',
  title: 'Hate Crime, 1991–2023 (Crime Data Explorer, Documents & Downloads)',
  url: 'https://cde.ucr.cjis.gov/LATEST/webapp/#/pages/downloads',
  date: '2024-09-23',
  licence: 'Work of the US federal government, public domain',
  caveats: ['Agencies report voluntarily, in numbers that change by year.', 'Counts incidents, not victims.'],
};

export const MPS: Source = {
  id: 'mps-recorded-crime-borough',
  publisher: 'Metropolitan Police Service, published on the London Datastore',
  title: 'MPS Recorded Crime: Geographic Breakdown',
  url: null,
  date: '2024-02',
  licence: 'Open Government Licence v2.0',
  caveats: [],
};

export const MOPAC: Source = {
  id: 'mopac-2018',
  publisher: 'Mayor’s Office for Policing and Crime',
  title: 'Hate crime dashboard',
  url: null,
  date: '2018',
  licence: 'Publisher’s copyright; figures cited for reporting and research.',
  caveats: [],
};

/** A view's metadata as the US panel gives it: EARS C2 on autumn 2001. */
export const META: ExportMetadata = {
  title: 'Anti-Muslim hate incidents reported to the FBI, daily, 2001-08-01 to 2001-12-31',
  subtitle: 'Incidents a day, with the EARS C2 baseline and its upper bound',
  link: 'https://example.org/backlash/?view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31&us.method=ears-c2',
  dataVersion: 'sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
  dataVersionDate: '2024-09-23',
  sources: [FBI],
  caveats: ['FBI figures come from agencies that report voluntarily.'],
  method: {
    name: 'ears-c2',
    label: 'EARS C2',
    reference: 'Hutwagner et al. (2003), J Urban Health 80(Suppl 1):i89–i96',
    params: { alpha: 0.001, baseline: 7, guard: 2, weekdays: false, label: 'C2', offset: null },
  },
  notes: ['A missing value is empty (CSV) or null (JSON), never 0.'],
};

/** Metadata full of characters that each format must escape. */
export const NASTY: ExportMetadata = {
  title: 'Incidents {50% & $5 #1_a^b~c\\d} “quoted” "plain" café\nsecond line',
  subtitle: 'Sub: a, "b"; c\ttab',
  link: 'https://example.org/b/?q=a%20b&x={1}#frag',
  dataVersion: 'sha256:ffffffffffff0000',
  dataVersionDate: '2017-06',
  sources: [
    MPS,
    MOPAC,
    { ...FBI, title: 'Title with "quotes" and a \\ backslash', url: 'http://x.example/a b' },
  ],
  caveats: [],
  method: null,
  notes: [],
};

/** A small table of three periods, one missing. */
export const TABLE: ExportTable = {
  metadata: META,
  columns: [
    { name: 'period', description: 'The day', unit: 'ISO date' },
    { name: 'count', description: 'Incidents', unit: 'count' },
    { name: 'expected', description: 'EARS C2 baseline', unit: 'count' },
    { name: 'alarm', description: 'True where the count is above the upper bound', unit: null },
  ],
  rows: [
    ['2001-09-11', 4, 0.14285714285714288, false],
    ['2001-09-12', 51, 0.5714285714285714, true],
    ['2001-09-13', null, null, null],
  ],
};

/** Returns a table of the given columns and rows with the fixture metadata. */
export function table(names: readonly string[], rows: ExportTable['rows']): ExportTable {
  return {
    metadata: META,
    columns: names.map((name) => ({ name, description: `The ${name}`, unit: null })),
    rows,
  };
}
