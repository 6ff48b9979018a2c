import type { View } from '../../core/view/view';
import { viewQuery } from '../../link/formatView';

/** Returns the address of the site this page is served from: the page's own, without query or fragment. */
export function siteAddress(): string {
  const url = new URL(document.baseURI);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Returns the full address of a view: the site's address and the view's query, as the figures print it. */
export function viewLink(view: View): string {
  return `${siteAddress()}?${viewQuery(view)}`;
}
