import { useSyncExternalStore } from 'react';
import type { ThemeName } from '../../core/figure/theme';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Returns the theme to draw in: the one asked for, or with `auto` the reader's light or dark scheme, kept current. */
export function useColourScheme(asked: 'auto' | ThemeName): ThemeName {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
  return asked === 'auto' ? (dark ? 'dark' : 'light') : asked;
}
