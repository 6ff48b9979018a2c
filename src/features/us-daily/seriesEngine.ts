import { type UsBase, usBase, usSeries, type UsSeries } from '../../core/figure/views/usSpec';
import { isFiltering } from '../../core/series/incidentCounts';
import type { UsView } from '../../core/view/view';
import type { DataReader } from '../../data/dataReader';
import { readDailyCounts } from '../../data/readers/dailyCounts';
import { readDataPackage } from '../../data/readers/dataPackage';
import { readIncidents } from '../../data/readers/incidents';
import { readStateYears } from '../../data/readers/stateYears';
import { RESOURCES } from '../../data/resources';
import type { EncodedRows } from './encodeRows';

/** A request to the series worker: the view whose whole series to compute, and the page's address. */
export interface SeriesRequest {
  /** The view to compute, or null to read the filter's files ahead of the first filtered view and answer nothing. */
  readonly view: UsView | null;
  /** The page's address: data files are read relative to it. */
  readonly base: string;
}

/** The worker's answer to a request, naming its view: the series, or why there is none. */
export type SeriesReply =
  | {
      readonly kind: 'ok';
      readonly view: UsView;
      /** The series without its rows, which travel as columns. */
      readonly series: Omit<UsSeries, 'rows'>;
      readonly rows: EncodedRows;
    }
  | { readonly kind: 'error'; readonly view: UsView; readonly message: string };

/** Computes the US series of views from data files it reads once. */
export interface SeriesEngine {
  /** Returns the series of a view. */
  readonly series: (view: UsView) => Promise<UsSeries>;
  /** Starts reading the incidents and the states' reporting years, which a filtered view needs. */
  readonly readFilterFiles: () => void;
}

/**
 * Returns an engine computing the US series of views from data files read once by `read`: the daily counts, and
 * the incidents (and the states' reporting years) once a view filters or the reader opens the filter. The last
 * series' base is kept, so a change of method alone runs only the method. The series worker runs it, off the page's
 * main thread.
 */
export function seriesEngine(read: DataReader): SeriesEngine {
  const dataPackage = readDataPackage(read);
  const daily = dataPackage.then((pkg) => readDailyCounts(RESOURCES.usDaily, pkg, read));
  let incidents: ReturnType<typeof readIncidents> | null = null;
  let stateYears: ReturnType<typeof readStateYears> | null = null;
  let last: { readonly key: string; readonly base: UsBase } | null = null;
  const readFilterFiles = () => {
    incidents ??= dataPackage.then((pkg) => readIncidents(RESOURCES.usIncidents, pkg, read));
    stateYears ??= dataPackage.then((pkg) => readStateYears(RESOURCES.usStateYears, pkg, read));
  };
  const series = async (view: UsView) => {
    const filtering = isFiltering(view.filter);
    if (filtering) readFilterFiles();
    const input = {
      daily: await daily,
      incidents: filtering && incidents !== null ? (await incidents).incidents : null,
      stateYears: view.filter.state !== null && stateYears !== null ? await stateYears : null,
    };
    const key = JSON.stringify([view.resolution, view.measure, view.filter]);
    if (last?.key !== key) last = { key, base: usBase(view, input) };
    return usSeries(view, input, last.base);
  };
  return { series, readFilterFiles };
}
