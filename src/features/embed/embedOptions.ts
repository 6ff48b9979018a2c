import type { ThemeName } from '../../core/figure/theme';

/** What an embed's address says besides the view: its colours, its id on the host page, a pinned data version. */
export interface EmbedOptions {
  readonly theme: 'auto' | ThemeName;
  /** The id the host's snippet gave the iframe; size messages carry it. */
  readonly id: string | null;
  /** A data version (12 hex digits) to show for good, or null for the latest. */
  readonly version: string | null;
}

/** Returns the embed options of a query string; a value it cannot use falls back to the default. */
export function embedOptions(query: string): EmbedOptions {
  const search = new URLSearchParams(query);
  const theme = search.get('theme');
  const version = search.get('v');
  const id = search.get('id');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    id: id !== null && /^[\w-]{1,64}$/.test(id) ? id : null,
    version: version !== null && /^[0-9a-f]{12}$/.test(version) ? version : null,
  };
}
