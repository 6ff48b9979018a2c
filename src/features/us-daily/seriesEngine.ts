import { usSeries, type UsSeries } from '../../core/figure/views/usSpec';
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
  readonly id: number;
  readonly view: UsView;
  /** The page's address: data files are read relative to it. */
  readonly base: string;
}

/** The worker's answer to a request: the series, or why there is none. */
export type SeriesReply =
  | {
      readonly id: number;
      readonly kind: 'ok';
      readonly view: UsView;
      /** The series without its rows, which travel as columns. */
      readonly series: Omit<UsSeries, 'rows'>;
      readonly rows: EncodedRows;
    }
  | { readonly id: number; readonly kind: 'error'; readonly view: UsView; readonly message: string };

/**
 * Returns a function computing the US series of a view from data files read once by `read`: the daily counts, and
 * the incidents (and the states' reporting years) only once a view filters. The series worker runs it, off the page's main thread.
 */
export function seriesEngine(read: DataReader): (view: UsView) => Promise<UsSeries> {
  const dataPackage = readDataPackage(read);
  const daily = dataPackage.then((pkg) => readDailyCounts(RESOURCES.usDaily, pkg, read));
  let incidents: ReturnType<typeof readIncidents> | null = null;
  let stateYears: ReturnType<typeof readStateYears> | null = null;
  return async (view) => {
    const filtering = isFiltering(view.filter);
    if (filtering && incidents === null)
      incidents = dataPackage.then((pkg) => readIncidents(RESOURCES.usIncidents, pkg, read));
    if (view.filter.state !== null && stateYears === null)
      stateYears = dataPackage.then((pkg) => readStateYears(RESOURCES.usStateYears, pkg, read));
    return usSeries(view, {
      daily: await daily,
      incidents: filtering && incidents !== null ? (await incidents).incidents : null,
      stateYears: view.filter.state !== null && stateYears !== null ? await stateYears : null,
    });
  };
}
