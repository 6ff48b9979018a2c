import type { MethodName, ParamValues } from '../detection/methods';
import type { IncidentFilter } from '../series/incidentCounts';
import type { Resolution } from '../series/periods';

/** The charts a view can show: the US series, the Home Office series, London's series. */
export type ViewName = 'us' | 'ho' | 'london';

/** First and last day of the US series. */
export const US_FIRST_DAY = '1991-01-01';
export const US_LAST_DAY = '2023-12-31';

/** What the US chart shows: resolution, measure, window, baseline method and incident filter. */
export interface UsView {
  readonly view: 'us';
  readonly resolution: Resolution;
  readonly measure: 'count' | 'share';
  readonly from: string;
  readonly to: string;
  readonly method: MethodName | null;
  /** Parameter values set by the reader (the others take their defaults). */
  readonly params: ParamValues;
  readonly filter: IncidentFilter;
}

/** The Home Office monthly series against its trailing twelve-month mean. */
export interface HoView {
  readonly view: 'ho';
}

/** London's (or one borough's) monthly series. */
export interface LondonView {
  readonly view: 'london';
  readonly area: string;
}

/** Everything a link says about one chart. */
export type View = UsView | HoView | LondonView;

/** The US view with nothing set: the whole series by month, counts, no baseline, no filter. */
export const DEFAULT_US_VIEW: UsView = {
  view: 'us',
  resolution: 'month',
  measure: 'count',
  from: US_FIRST_DAY,
  to: US_LAST_DAY,
  method: null,
  params: {},
  filter: { state: null, offence: null, singleBiasOnly: false },
};
