import * as z from 'zod/mini';
import { isoMonth as formatIsoMonth } from '../../core/dates';
import { uniqueSources, type Source } from '../../core/provenance';
import type { PoliceForce, PoliceMonth } from '../../core/series/policeForces';
import { DataFileError } from '../dataFileError';
import type { DataReader } from '../dataReader';
import { readCsvResource } from '../readCsvResource';
import { RESOURCES } from '../resources';
import { countCell, isoMonth, optionalCountCell, text } from '../schemas/common';
import type { DataPackage } from '../schemas/dataPackage';
import { POLICE_FORCE_COLUMNS, POLICE_MONTHLY_COLUMNS } from '../schemas/policeForces';

const monthRowSchema = z.object({
  force: text(),
  month: isoMonth,
  hate_crimes: optionalCountCell,
  muslim_crimes: optionalCountCell,
});

const forceRowSchema = z.object({
  force: text(),
  name: text(),
  population: optionalCountCell,
  first_month: isoMonth,
  last_month: isoMonth,
  months_missing: countCell,
});

/** Every police force's monthly series, with the sources and caveats of both resources. */
export interface PoliceForces {
  readonly forces: readonly PoliceForce[];
  readonly sources: readonly [Source, ...Source[]];
  readonly caveats: readonly string[];
}

interface ForceRange {
  readonly row: number;
  readonly first: string;
  readonly last: string;
  readonly monthsMissing: number;
}

/**
 * Returns every police force's monthly hate crime and Islamophobic crime counts from `uk-police-forces.csv` and
 * `uk-police-monthly.csv`, in the forces file's order. Checks at the boundary that every force is described once, and
 * that its months are unique, consecutive and run exactly from its first_month to its last_month: otherwise a
 * DataFileError names the file, the row and the field.
 */
export async function readPoliceForces(dataPackage: DataPackage, read: DataReader): Promise<PoliceForces> {
  const [forcesFile, monthlyFile] = await Promise.all([
    readCsvResource(dataPackage, RESOURCES.policeForces, forceRowSchema, POLICE_FORCE_COLUMNS, read),
    readCsvResource(dataPackage, RESOURCES.policeMonthly, monthRowSchema, POLICE_MONTHLY_COLUMNS, read),
  ]);
  const forcesPath = `data/${forcesFile.resource.path}`;
  const monthlyPath = `data/${monthlyFile.resource.path}`;

  const ranges = new Map<string, ForceRange>();
  forcesFile.rows.forEach((row, index) => {
    const at = index + 1;
    const first = ranges.get(row.force);
    if (first !== undefined) {
      throw new DataFileError(
        forcesPath,
        at,
        'force',
        `force “${row.force}” appears twice (first on row ${first.row})`,
      );
    }
    if (row.last_month < row.first_month) {
      throw new DataFileError(
        forcesPath,
        at,
        'last_month',
        `${row.last_month} is before first_month ${row.first_month}`,
      );
    }
    ranges.set(row.force, {
      row: at,
      first: row.first_month,
      last: row.last_month,
      monthsMissing: row.months_missing,
    });
  });

  const months = new Map<string, PoliceMonth[]>();
  monthlyFile.rows.forEach((row, index) => {
    const at = index + 1;
    const range = ranges.get(row.force);
    if (range === undefined) {
      throw new DataFileError(monthlyPath, at, 'force', `force “${row.force}” is not in ${forcesPath}`);
    }
    const series = months.get(row.force) ?? [];
    const previous = series.at(-1)?.month;
    const expected = previous === undefined ? range.first : nextMonth(previous);
    if (row.month !== expected) {
      throw new DataFileError(
        monthlyPath,
        at,
        'month',
        monthProblem(row.force, row.month, expected, series, range),
      );
    }
    if (row.month > range.last) {
      throw new DataFileError(
        monthlyPath,
        at,
        'month',
        `${row.month} is after the last_month of force “${row.force}” (${range.last})`,
      );
    }
    series.push({ month: row.month, hateCrimes: row.hate_crimes, muslimCrimes: row.muslim_crimes });
    months.set(row.force, series);
  });

  const forces = forcesFile.rows.map((row, index): PoliceForce => {
    const series = months.get(row.force) ?? [];
    const last = series.at(-1)?.month;
    if (last !== row.last_month) {
      const found = last === undefined ? 'it has no month' : `its months end at ${last}`;
      throw new DataFileError(
        forcesPath,
        index + 1,
        'last_month',
        `${row.last_month}, but ${found} in ${monthlyPath}`,
      );
    }
    const empty = series.filter((m) => m.hateCrimes === null && m.muslimCrimes === null).length;
    if (row.months_missing > empty) {
      throw new DataFileError(
        forcesPath,
        index + 1,
        'months_missing',
        `${row.months_missing}, but only ${empty} months of force “${row.force}” have no count in ${monthlyPath}`,
      );
    }
    return { id: row.force, name: row.name, population: row.population, months: series };
  });

  const [source, ...others] = uniqueSources([...forcesFile.sources, ...monthlyFile.sources]);
  if (source === undefined) throw new DataFileError(forcesPath, null, 'sources', 'cites no source');
  const caveats = [...new Set([...forcesFile.resource.caveats, ...monthlyFile.resource.caveats])];
  return { forces, sources: [source, ...others], caveats };
}

/** Says why a force's month is not the one expected: a month twice, out of order, outside the range or a gap. */
function monthProblem(
  force: string,
  month: string,
  expected: string,
  series: readonly PoliceMonth[],
  range: ForceRange,
): string {
  if (series.some((m) => m.month === month)) return `month ${month} appears twice for force “${force}”`;
  if (month < range.first) {
    return `${month} is before the first_month of force “${force}” (${range.first})`;
  }
  if (month > range.last) return `${month} is after the last_month of force “${force}” (${range.last})`;
  if (series.length === 0)
    return `force “${force}” starts at ${month}, not at its first_month ${range.first}`;
  if (month < expected) return `${month} is out of order for force “${force}” (expected ${expected})`;
  return `force “${force}” skips from ${series.at(-1)?.month ?? ''} to ${month}: months must be consecutive (expected ${expected})`;
}

/** Returns the month after a `YYYY-MM` month. */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? formatIsoMonth(year + 1, 1) : formatIsoMonth(year, number + 1);
}
