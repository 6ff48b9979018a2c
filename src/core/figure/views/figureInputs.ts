import type { Source } from '../../provenance';
import type { CountPair } from '../../series/aggregate';
import type { IncidentFacts } from '../../series/incidentCounts';
import type { StateYearIncidents } from '../../series/reporting';
import type { Series } from '../../series/series';
import type { PoliceForce } from '../../series/policeForces';
import type {
  HoView,
  LondonView,
  NationalView,
  PoliceView,
  ReportedView,
  UsView,
  VersionsView,
} from '../../view/view';
import type { ReportedInput } from './reportedInputs';

/** An event as the figures mark it, with the countries whose series it belongs on. */
export interface FigureEvent {
  readonly id: string;
  readonly date: string;
  readonly name: string;
  readonly regions: readonly ('uk' | 'us')[];
}

/** The FBI's daily counts with their provenance. */
export interface DailyInput {
  readonly days: readonly CountPair[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
}

/** What every figure needs besides its series: the events, the data version and the view's address. */
export interface FigureContext {
  readonly events: readonly FigureEvent[];
  /** The data package's content hash, `sha256:…`. */
  readonly dataVersion: string;
  /** The view's full address, for the figure's link line. */
  readonly link: string;
}

/** The data of the US view: the daily series, and the incidents when a filter asks for them. */
export interface UsInput extends FigureContext {
  readonly daily: DailyInput;
  readonly incidents: readonly IncidentFacts[] | null;
  /** Each state's incidents of any bias by year, when a view filters by state: its years of no reporting. */
  readonly stateYears: readonly StateYearIncidents[] | null;
}

/** The data of the Home Office view. */
export interface HoInput extends FigureContext {
  readonly series: Series;
}

/** The data of the London view: every area's series and the first comparable month. */
export interface LondonInput extends FigureContext {
  readonly byArea: ReadonlyMap<string, Series>;
  readonly comparableFrom: string | null;
}

/** The data of a police force's view: every force's monthly counts, with the series' provenance. */
export interface PoliceInput extends FigureContext {
  readonly forces: readonly PoliceForce[];
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
}

/** A view with the data its figure is built from, tagged by the kind of view. */
export type ViewData =
  | { readonly kind: 'us'; readonly view: UsView; readonly input: UsInput }
  | { readonly kind: 'ho'; readonly view: HoView; readonly input: HoInput }
  | { readonly kind: 'london'; readonly view: LondonView; readonly input: LondonInput }
  | { readonly kind: 'police'; readonly view: PoliceView; readonly input: PoliceInput }
  | { readonly kind: 'national'; readonly view: NationalView; readonly input: ReportedInput }
  | { readonly kind: 'reported'; readonly view: ReportedView; readonly input: ReportedInput }
  | { readonly kind: 'versions'; readonly view: VersionsView; readonly input: ReportedInput };
