import type { Source } from '../provenance';

/** One point of a count series; a missing value is null, never 0. */
export interface SeriesPoint {
  /** ISO day (`YYYY-MM-DD`) or month (`YYYY-MM`). */
  readonly date: string;
  readonly count: number | null;
}

/** A count series that carries its provenance wherever it goes: no sources, no series. */
export interface Series {
  /** Resource name in the data package, e.g. `ho-rra-monthly-ew`. */
  readonly name: string;
  readonly title: string;
  readonly interval: 'day' | 'month';
  readonly points: readonly SeriesPoint[];
  readonly sources: readonly [Source, ...Source[]];
  readonly caveats: readonly string[];
}

/** Returns a series, refusing one without sources. */
export function makeSeries(
  fields: Omit<Series, 'sources'> & { readonly sources: readonly Source[] },
): Series {
  const [first, ...rest] = fields.sources;
  if (first === undefined) throw new Error(`series ${fields.name} has no source`);
  return { ...fields, sources: [first, ...rest] };
}
