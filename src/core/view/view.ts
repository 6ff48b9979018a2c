import type { MethodName, ParamValues } from '../detection/methods';
import type { IncidentFilter } from '../series/incidentCounts';
import type { Resolution } from '../series/periods';

/**
 * The charts and tables a view can show: the US series, the Home Office series, London's series, a police force's
 * Islamophobic crime, the police's national comparison (a bar chart), the other reported comparisons and a reported
 * spike's versions (tables).
 */
export type ViewName = 'us' | 'ho' | 'london' | 'police' | 'national' | 'reported' | 'versions';

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

/** One police force's Islamophobic crime by month (the Met's by default: the story's own series). */
export interface PoliceView {
  readonly view: 'police';
  /** The force's id in the police forces' series, e.g. `london`, `manchester`. */
  readonly force: string;
}

/** The force a police view shows when its link names none: the Metropolitan Police, London. */
export const STORY_FORCE = 'london';

/** Hate crimes two days after each 2017 attack against the 2016 daily average, as the police published them. */
export interface NationalView {
  readonly view: 'national';
}

/** The other published before-and-after comparisons, as a table. */
export interface ReportedView {
  readonly view: 'reported';
}

/** Every version the sources give of one reported spike, as a table. */
export interface VersionsView {
  readonly view: 'versions';
  /** The spike's id in the reported figures, e.g. `mps-islamophobic-2017-06-06`. */
  readonly spike: string;
}

/** Everything a link says about one chart or table. */
export type View = UsView | HoView | LondonView | PoliceView | NationalView | ReportedView | VersionsView;

/** The spike a versions view shows when its link names none: the story's own. */
export const STORY_SPIKE = 'mps-islamophobic-2017-06-06';

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

/** London's area when a link names none: the whole of London. */
export const LONDON = 'London';

/**
 * What the dashboard's address says: the US chart's view, London's area and the police force (each checked against
 * the data by its panel), whether the US incident filter is open, and the panel a link points to.
 */
export interface PageState {
  readonly us: UsView;
  readonly area: string;
  readonly force: string;
  readonly filterOpen: boolean;
  readonly panel: ViewName | null;
}
