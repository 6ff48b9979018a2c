import type { HoView, LondonView, ViewName } from './view';

const VIEWS: readonly ViewName[] = ['us', 'ho', 'london'];
const LONDON = 'London';

/** Returns the chart a query names (`view=`, the US series when absent), and whether the name was one it knows. */
export function viewNameOf(query: string): {
  readonly name: ViewName;
  readonly known: boolean;
  readonly given: string;
} {
  const given = new URLSearchParams(query).get('view') ?? 'us';
  const known = (VIEWS as readonly string[]).includes(given);
  return { name: known ? (given as ViewName) : 'us', known, given };
}

/** The names a view may have, for messages. */
export const VIEW_NAMES = VIEWS;

/** Returns the monthly view a query names: the Home Office series, or London's (or a borough's). */
export function monthlyView(name: 'ho' | 'london', query: string): HoView | LondonView {
  return name === 'ho'
    ? { view: 'ho' }
    : { view: 'london', area: new URLSearchParams(query).get('area') ?? LONDON };
}
