import { useSyncExternalStore } from 'react';

const CHANGE = 'backlash:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** Returns the page address's query now, without `?`. */
export function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

/** Returns the page address's query (without `?`), re-rendering on every change, Back and Forward included. */
export function usePageQuery(): string {
  return useSyncExternalStore(subscribe, currentQuery);
}

/**
 * Puts a query in the page's address: a deliberate change pushes a history entry (Back returns to the view before),
 * a continuous one (dragging the brush) replaces the current entry. The hash is kept.
 */
export function navigate(query: string, how: 'push' | 'replace'): void {
  const { pathname, search, hash } = window.location;
  const next = `${pathname}${query === '' ? '' : `?${query}`}${hash}`;
  if (next === `${pathname}${search}${hash}`) return;
  if (how === 'push') window.history.pushState(null, '', next);
  else window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(CHANGE));
}
