import { LONDON, STORY_FORCE, STORY_SPIKE, type UsView, type View, type ViewName } from '../core/view/view';

const VIEWS: readonly ViewName[] = ['us', 'ho', 'london', 'police', 'national', 'reported', 'versions'];

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

/** Returns the view a query names other than the US series, with its one setting (London's area, the force, the spike). */
export function fixedView(name: Exclude<ViewName, 'us'>, query: string): Exclude<View, UsView> {
  const search = new URLSearchParams(query);
  switch (name) {
    case 'london':
      return { view: 'london', area: search.get('area') ?? LONDON };
    case 'police':
      return { view: 'police', force: search.get('force') ?? STORY_FORCE };
    case 'versions':
      return { view: 'versions', spike: search.get('spike') ?? STORY_SPIKE };
    default:
      return { view: name };
  }
}
