import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A deliberately simple second reader of ../shared/data/uk-police-foi/, for checking the build against the raw files.
 * It shares no code with the build's parser (scripts/data/ukPolice/): it lists the folder itself, splits lines and
 * commas, finds columns by name, and takes the force and its population from the county value of each file.
 */

/** One month as the simple reader sees it; null is missing. */
export interface SimpleMonth {
  readonly hate: number | null;
  readonly muslim: number | null;
}

/** One force as the simple reader sees it. */
export interface SimpleForce {
  readonly id: string;
  readonly file: string;
  readonly population: number | null;
  /** `YYYY-MM` → counts, for the months the file has a row for. */
  readonly months: Map<string, SimpleMonth>;
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line !== '');

const value = (cell: string | undefined) =>
  cell === undefined || cell === '' || cell === 'NA' ? null : Number(cell);

/** Returns every force file of uk-police-foi/police-reports/, sorted by force id. */
export function simplePoliceForces(rawDir: string): SimpleForce[] {
  const population = new Map<string, number | null>();
  for (const line of lines(join(rawDir, 'uk-police-foi/police-area-population.csv')).slice(1)) {
    const [county = '', pop = ''] = line.split(',');
    population.set(county, pop.trim() === '' ? null : Math.round(parseFloat(pop)));
  }
  const folder = join(rawDir, 'uk-police-foi/police-reports');
  const forces = readdirSync(folder).map((file): SimpleForce => {
    const [header = '', ...rows] = lines(join(folder, file));
    const names = header.split(',');
    const months = new Map<string, SimpleMonth>();
    let county = '';
    for (const row of rows) {
      const cells = row.split(',');
      const cell = (name: string) => (names.includes(name) ? cells[names.indexOf(name)] : undefined);
      const [year, month] = (cell('date') ?? '').split('-');
      months.set(`${year}-${(month ?? '').padStart(2, '0')}`, {
        hate: value(cell('hate_crimes')),
        muslim: value(cell('muslim_crimes')),
      });
      county = cell('county') ?? '';
    }
    if (!population.has(county)) throw new Error(`simple reader: no population for ${county}`);
    const id = county === 'west_marcia' ? 'west-mercia' : county.replaceAll('_', '-');
    return { id, file, population: population.get(county) ?? null, months };
  });
  return forces.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Returns every month `YYYY-MM` from the force's first to its last, counted with Date. */
export function simpleRange(force: SimpleForce): string[] {
  const known = [...force.months.keys()].sort();
  const [first = '', last = ''] = [known[0], known.at(-1)];
  const range: string[] = [];
  const day = new Date(`${first}-01T00:00:00Z`);
  while (day.toISOString().slice(0, 7) <= last) {
    range.push(day.toISOString().slice(0, 7));
    day.setUTCMonth(day.getUTCMonth() + 1);
  }
  return range;
}
