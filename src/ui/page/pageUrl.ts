import { useRef, useSyncExternalStore } from 'react';

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

/**
 * Returns what `read` takes from the page address's query (without `?`), re-rendering only when that changes (as
 * `keyOf` tells), Back and Forward included: a panel does not redraw when another panel's settings change.
 */
export function usePageSlice<T>(read: (query: string) => T, keyOf: (value: T) => string): T {
  const cache = useRef<{ query: string; key: string; value: T } | null>(null);
  const snapshot = () => {
    const query = currentQuery();
    const cached = cache.current;
    if (cached?.query === query) return cached.value;
    const value = read(query);
    const key = keyOf(value);
    cache.current = { query, key, value: cached?.key === key ? cached.value : value };
    return cache.current.value;
  };
  return useSyncExternalStore(subscribe, snapshot);
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
