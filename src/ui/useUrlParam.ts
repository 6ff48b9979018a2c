import { useCallback, useSyncExternalStore } from 'react';

const CHANGE = 'backlash:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** Returns a query-string parameter of the page's URL and a setter, so the view's state lives in the URL. */
export function useUrlParam(key: string, fallback: string): [string, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(key));
  const setValue = useCallback(
    (next: string | null) => {
      const url = new URL(window.location.href);
      if (next === null || next === fallback) url.searchParams.delete(key);
      else url.searchParams.set(key, next);
      window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new Event(CHANGE));
    },
    [key, fallback],
  );
  return [value ?? fallback, setValue];
}
