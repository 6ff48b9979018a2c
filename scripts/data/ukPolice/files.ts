import { formatCsv } from '../../../src/core/csv/formatCsv';
import { formatIsoDate } from '../../../src/core/dates';
import { POLICE_FORCE_COLUMNS, POLICE_MONTHLY_COLUMNS } from '../../../src/data/schemas/policeForces';
import { CC0_DATAVERSE_UNVERIFIED } from '../licences';
import type { RawFile } from '../rawFiles';
import { readRawFile, UK_POLICE_REPORTS, ukPoliceReportKey } from '../rawFiles';
import { RawFileError } from '../rawFileError';
import type { DerivedFile, ResourceMeta } from '../resource';
import { derivedFrom, findSource, frictionlessSource } from '../resource';
import type { ForceMonths } from './deriveMonthly';
import { everyMonth } from './deriveMonthly';
import type { PoliceForceSpec } from './forces';
import { POLICE_FORCES } from './forces';
import type { AreaPopulation } from './parsePopulation';
import { parseAreaPopulations } from './parsePopulation';
import { parsePoliceReport } from './parseReport';

/** One force as the build writes it: its spec, every month of its range and its population. */
export interface DerivedForce extends ForceMonths {
  readonly spec: PoliceForceSpec;
  readonly population: number | null;
  readonly raw: RawFile;
}

/** Returns every force of POLICE_FORCES, sorted by id, each read from its checked raw file. */
export function derivePoliceForces(rawDir?: string): { forces: DerivedForce[]; population: RawFile } {
  const specified = POLICE_FORCES.map((spec) => spec.file).sort();
  const registered = Object.keys(UK_POLICE_REPORTS).sort();
  if (specified.join('\n') !== registered.join('\n')) {
    throw new Error(
      `POLICE_FORCES must name each registered police file once: it names ${specified.join(', ')}; RAW_FILES registers ${registered.join(', ')}`,
    );
  }
  const population = readRawFile('ukPolicePopulation', rawDir);
  const populations = parseAreaPopulations(population.bytes.toString('utf8'), population.path);
  const forces = [...POLICE_FORCES]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((spec): DerivedForce => {
      const raw = readRawFile(ukPoliceReportKey(spec.file), rawDir);
      const months = everyMonth(parsePoliceReport(raw.bytes.toString('utf8'), raw.path, spec));
      return { ...months, spec, population: populationOf(spec, populations, population.path), raw };
    });
  return { forces, population };
}

/**
 * Returns a force's police force area population, looked up by the county name its spec gives (never guessed from its
 * id); fails naming the population file when that name has no row.
 */
export function populationOf(
  spec: PoliceForceSpec,
  populations: ReadonlyMap<string, AreaPopulation>,
  file: string,
): number | null {
  const area = populations.get(spec.populationCounty);
  if (area === undefined) {
    throw new RawFileError(
      file,
      null,
      'county',
      `no row for "${spec.populationCounty}", the population county of force ${spec.id} (${spec.file})`,
    );
  }
  return area.population;
}

/** Returns `uk-police-monthly.csv` and `uk-police-forces.csv`, derived from the forces' FOI returns. */
export function ukPoliceFiles(rawDir?: string): DerivedFile[] {
  const { forces, population } = derivePoliceForces(rawDir);
  const source = findSource('uk-police-foi-salah');
  const monthly = forces.flatMap((force) =>
    force.months.map((m) => [force.spec.id, m.month, m.hateCrimes, m.muslimCrimes]),
  );
  const reports = forces.map((force) => derivedFrom(ukPoliceReportKey(force.spec.file), force.raw));
  const first = forces.map((f) => f.firstMonth).sort()[0] ?? '';
  const last =
    forces
      .map((f) => f.lastMonth)
      .sort()
      .at(-1) ?? '';
  const shared: Pick<ResourceMeta, 'format' | 'mediatype' | 'sources' | 'licenses'> = {
    format: 'csv',
    mediatype: 'text/csv',
    sources: [frictionlessSource(source)],
    licenses: [CC0_DATAVERSE_UNVERIFIED],
  };
  const caveats = [...source.caveats, ...seriesCaveats(forces)];
  return [
    {
      path: 'uk-police-monthly.csv',
      content: formatCsv(POLICE_MONTHLY_COLUMNS, monthly),
      meta: {
        name: 'uk-police-monthly',
        title: 'Hate crime and Islamophobic crime recorded by police forces in England, by month',
        description: `Crimes recorded with a hate crime flag, and those flagged Islamophobic (anti-Muslim), by ${forces.length} police forces in England, ${formatIsoDate(first)} to ${formatIsoDate(last)}, from the forces’ freedom-of-information returns; long format, one row per force and month, every month of each force’s range (uk-police-forces.csv), a missing count left empty.`,
        ...shared,
        schema: {
          fields: [
            {
              name: 'force',
              type: 'string',
              description: 'Force id, as in uk-police-forces.csv; rows sorted by force, then month',
              constraints: { required: true },
            },
            {
              name: 'month',
              type: 'yearmonth',
              description:
                'Month recorded, YYYY-MM: every month from the force’s first_month to its last_month, once (force and month are unique together)',
              constraints: { required: true },
            },
            {
              name: 'hate_crimes',
              type: 'integer',
              description:
                'Crimes recorded in the month with a hate crime flag; empty when missing (not given by the force), never 0 for a missing month',
              constraints: { required: false, minimum: 0 },
            },
            {
              name: 'muslim_crimes',
              type: 'integer',
              description:
                'Crimes recorded in the month flagged Islamophobic (anti-Muslim); empty when missing (not given by the force), never 0 for a missing month',
              constraints: { required: false, minimum: 0 },
            },
          ],
        },
        caveats,
        derivedFrom: reports,
      },
    },
    {
      path: 'uk-police-forces.csv',
      content: formatCsv(
        POLICE_FORCE_COLUMNS,
        forces.map((f) => [f.spec.id, f.spec.name, f.population, f.firstMonth, f.lastMonth, f.monthsMissing]),
      ),
      meta: {
        name: 'uk-police-forces',
        title: 'Police forces of the monthly hate crime series: names, populations and ranges',
        description: `The ${forces.length} police forces of uk-police-monthly.csv, sorted by id: each force’s own name, the population of its police force area as the authors used it, its first and last month, and the months inside that range its return does not give.`,
        ...shared,
        schema: {
          fields: [
            {
              name: 'force',
              type: 'string',
              description:
                'Force id: the county value of its return, with hyphens for underscores (“west_marcia” written west-mercia)',
              constraints: { required: true, unique: true },
            },
            {
              name: 'name',
              type: 'string',
              description: 'The force’s own name, e.g. Metropolitan Police Service',
              constraints: { required: true },
            },
            {
              name: 'population',
              type: 'integer',
              description:
                'Population of the police force area (police_area_pop of police-area-population.csv, as the authors used it for rates per 100,000); empty when the file gives none',
              constraints: { required: false, minimum: 0 },
            },
            {
              name: 'first_month',
              type: 'yearmonth',
              description: 'First month of the force’s return, YYYY-MM',
              constraints: { required: true },
            },
            {
              name: 'last_month',
              type: 'yearmonth',
              description: 'Last month of the force’s return, YYYY-MM',
              constraints: { required: true },
            },
            {
              name: 'months_missing',
              type: 'integer',
              description:
                'Months from first_month to last_month that the return has no row for (their counts are empty in uk-police-monthly.csv); a row with empty or NA counts is not counted here',
              constraints: { required: true, minimum: 0 },
            },
          ],
        },
        caveats: [
          ...caveats,
          'population is the figure the authors used for rates per 100,000 (London’s is a round 8,000,000); the year it refers to is not stated. The population file lists West Midlands twice, as west_midlands and west-midlands (both 2,830,000): the build uses west_midlands, the name the force’s return gives.',
        ],
        derivedFrom: [...reports, derivedFrom('ukPolicePopulation', population)],
      },
    },
  ];
}

/** What a reader must know about these series beyond the source's caveats, with the forces named from the data. */
function seriesCaveats(forces: readonly DerivedForce[]): string[] {
  const names = (list: readonly DerivedForce[]) => {
    const all = list.map((f) => f.spec.name);
    return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
  };
  const islamophobic = forces.filter((f) => f.months.some((m) => m.muslimCrimes !== null));
  const noHate = forces.filter((f) => f.months.every((m) => m.hateCrimes === null));
  return [
    'A month a force’s return does not give, and a count it gives as NA or leaves empty, is written as an empty cell: missing, never 0. (The authors’ merged file, not used here, writes 0 for some absent months, e.g. Cleveland in March 2015 and Cambridgeshire in September 2016.)',
    `Ranges differ by force (first_month and last_month in uk-police-forces.csv): compare a force only over months it gives.`,
    `Islamophobic counts (muslim_crimes) are given by ${islamophobic.length} forces only: ${names(islamophobic)}; every other force’s are missing. ${names(noHate)} give no hate_crimes.`,
    'Thames Valley Police’s return has no muslim_crimes column. Its hate_crimes are 27 to 31 in every month, never more than the days of the month and at most 2 fewer: they look like a count of days, not of crimes.',
    'Dorset (0–7 a month), Cleveland (1–5), Hertfordshire (1–12) and Surrey (1–18) give far fewer hate_crimes than forces of their size. For 2017/18 the Home Office’s force tables (as compiled by the BBC Data Unit) count 564, 878 and 1,468 hate crime offences for the first three, of which 23, 19 and 66 religious, against 39, 16 (ten months given) and 68 in their returns for April 2017 to March 2018: for these forces the column looks like religious hate crime, not all hate crime.',
    'Derbyshire’s muslim_crimes are empty in 25 of its 41 months and 1 or 2 in the others: the empty months may have had none, but the return does not say so, so they stay missing.',
    'Values that look wrong are kept as published: Lancashire gives 1 and 5 hate crimes in January and March 2015 (no February) and 36 or more in every later month; South Yorkshire gives 22 in December 2017, between 173 and 152.',
    'West Mercia’s return and the population file spell its county “west_marcia”: its id here is west-mercia. Cheshire’s file is named chesire_clean.csv, as published.',
  ];
}
