import type { PageState } from '../core/view/view';
import { writeUsView } from './formatView';
import { withPageFrame } from './pageLink';

/**
 * Returns the dashboard's address query for a state: the panel it points to first, then only what differs from the
 * defaults, in the order `parsePage` reads it, so that reading it back gives the same state.
 */
export function pageQuery(state: PageState): string {
  const search = new URLSearchParams();
  writeUsView(search, state.us);
  return withPageFrame(search.toString(), state);
}
