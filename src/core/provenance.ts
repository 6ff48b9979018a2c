/** Where a number comes from: enough for a reader to find it again. */
export interface Source {
  /** Stable identifier used by data files to cite this source. */
  readonly id: string;
  /** Organisation that published the material. */
  readonly publisher: string;
  /** Title of the material; in square brackets, a description where the headline was not recorded. */
  readonly title: string;
  /** Where the material can be found; null when no address is recorded. */
  readonly url: string | null;
  /** Publication date as precise as known: an ISO day (`YYYY-MM-DD`), month (`YYYY-MM`) or year (`YYYY`). */
  readonly date: string;
  /** Licence or terms under which it is used. */
  readonly licence: string;
  /** What a reader must know before trusting the figures. */
  readonly caveats: readonly string[];
}

/** A value that cannot travel without the sources it was derived from. */
export interface Sourced<T> {
  readonly value: T;
  readonly sources: readonly Source[];
}

/** Returns the value paired with its sources (at least one source is required). */
export function sourced<T>(value: T, sources: readonly Source[]): Sourced<T> {
  if (sources.length === 0) throw new Error('A sourced value needs at least one source.');
  return { value, sources };
}

/** Returns the sources in first-seen order with duplicates (by id) removed. */
export function uniqueSources(sources: Iterable<Source>): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}
