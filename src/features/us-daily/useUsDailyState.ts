import type { MethodName, ParamValues } from '../../core/detection/methods';
import type { IncidentFilter } from '../../core/series/incidentCounts';
import { isFiltering } from '../../core/series/incidentCounts';
import type { Resolution } from '../../core/series/periods';
import { pageQuery } from '../../link/pageQuery';
import {
  US_FIRST_DAY as FIRST_DAY,
  US_LAST_DAY as LAST_DAY,
  type PageState,
  type UsView,
} from '../../core/view/view';
import { parsePage } from '../../link/viewQuery';
import { useReportLinkIssues } from '../../ui/page/linkIssues';
import { currentQuery, navigate, usePageSlice } from '../../ui/page/pageUrl';

export { FIRST_DAY, LAST_DAY };

/** What the chart plots: anti-Muslim incidents, or their share of all hate incidents. */
export type Measure = 'count' | 'share';

/** How a change enters the history: a deliberate one as a new entry, a continuous one (dragging) in place. */
export type HistoryMode = 'push' | 'replace';

/** The US explorer's whole state, read from and written to the page's address by the page's one schema. */
export interface UsDailyState {
  readonly view: UsView;
  readonly resolution: Resolution;
  readonly measure: Measure;
  readonly from: string;
  readonly to: string;
  readonly detection: { readonly method: MethodName | null; readonly params: ParamValues };
  /** True once the reader asked to filter incidents: the incident-level file loads then, not before. */
  readonly filterOpen: boolean;
  readonly filter: IncidentFilter;
  readonly setResolution: (value: Resolution) => void;
  readonly setMeasure: (value: Measure) => void;
  readonly setWindow: (from: string, to: string, how?: HistoryMode) => void;
  /** Changes several settings at once, as one history entry (e.g. a preset's window and resolution). */
  readonly setView: (change: Partial<UsView>) => void;
  readonly setMethod: (method: MethodName | null, params: ParamValues) => void;
  readonly setFilterOpen: (open: boolean) => void;
  readonly setFilter: (filter: IncidentFilter) => void;
}

/**
 * Returns the explorer's state from the page's address (every value validated once; what could not be used goes to
 * the page's notice), and setters that write the whole page state back, pointing the address at this panel.
 */
export function useUsDailyState(): UsDailyState {
  const { view, filterOpen, issues } = usePageSlice(readUsPart, (part) => JSON.stringify(part));
  useReportLinkIssues('us', issues);
  return {
    view,
    resolution: view.resolution,
    measure: view.measure,
    from: view.from,
    to: view.to,
    detection: { method: view.method, params: view.params },
    filterOpen: filterOpen || isFiltering(view.filter),
    filter: view.filter,
    ...SETTERS,
  };
}

/** Returns the part of the page's address the US panel reads: its view, whether the filter is open, and what was rejected. */
function readUsPart(query: string) {
  const { state, issues } = parsePage(query);
  return { view: state.us, filterOpen: state.filterOpen, issues };
}

// Each change starts from the address as it is now, so that changes made one after another all count; the setters
// hold no state of their own, so they are the same functions on every render.
const write = (change: (page: PageState) => PageState, how: HistoryMode = 'push') =>
  navigate(pageQuery({ ...change(parsePage(currentQuery()).state), panel: 'us' }), how);
const us = (change: Partial<UsView>, how: HistoryMode = 'push') =>
  write((page) => ({ ...page, us: { ...page.us, ...change } }), how);
const SETTERS: Pick<
  UsDailyState,
  'setResolution' | 'setMeasure' | 'setWindow' | 'setView' | 'setMethod' | 'setFilterOpen' | 'setFilter'
> = {
  setResolution: (resolution) => us({ resolution }),
  setMeasure: (measure) => us({ measure }),
  setWindow: (from, to, how = 'push') => us({ from, to }, how),
  setView: (change) => us(change),
  setMethod: (method, params) => us({ method, params: method === null ? {} : params }),
  setFilterOpen: (open) => write((page) => ({ ...page, filterOpen: open })),
  setFilter: (filter) => us({ filter }),
};
