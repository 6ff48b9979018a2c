import { readPageFrame, withPageFrame } from '../../link/pageLink';
import type { PageState } from '../../core/view/view';
import { currentQuery, navigate, usePageSlice } from './pageUrl';

/** A panel's one setting in the page's address: London's area or the police force. */
type FrameSetting = 'area' | 'force';

/** Returns a setting of the page's address (its default when absent), re-rendering only when it changes. */
export function useFrameSetting(setting: FrameSetting): string {
  return usePageSlice(
    (query) => readPageFrame(new URLSearchParams(query), () => undefined)[setting],
    (value) => value,
  );
}

/** Writes a setting into the page's address as a new history entry, pointing the address at its panel. */
export function setFrameSetting(
  setting: FrameSetting,
  value: string,
  panel: NonNullable<PageState['panel']>,
): void {
  const query = currentQuery();
  const frame = readPageFrame(new URLSearchParams(query), () => undefined);
  navigate(withPageFrame(query, { ...frame, [setting]: value, panel }), 'push');
}
