import { shortVersion } from '../../core/export/citations';
import type { AnyFigure } from '../../core/figure/views/content';
import type { View } from '../../core/view/view';
import { viewQuery } from '../../link/formatView';

/** Returns a short, stable id for an embed of a view: a hash of its query (and version, when pinned). */
export function embedId(query: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) hash = Math.imul(hash ^ query.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Returns the HTML a newsroom pastes to embed a view: a lazy iframe of `embed.html` with a title, a height that
 * fits a phone and a wide column before the embed reports its own, and a script that takes the embed's height
 * messages only from its own iframe and the site's origin. `pinned`: the iframe shows this data version for good.
 */
export function embedSnippet(
  view: View,
  figureAt: (width: number) => AnyFigure,
  site: string,
  pinned: boolean,
): string {
  const narrowFigure = figureAt(375);
  const query = `${viewQuery(view)}${pinned ? `&v=${shortVersion(narrowFigure.dataVersion)}` : ''}`;
  const id = `backlash-${embedId(query)}`;
  const src = `${site}embed.html?${query}&id=${id}`;
  const origin = new URL(site).origin;
  const narrow = narrowFigure.height + 60;
  const wide = figureAt(700).height + 60;
  const title = narrowFigure.title
    .map((line) => line.text)
    .join(' ')
    .replaceAll('"', '&quot;');
  return [
    `<style>#${id}{width:100%;height:${narrow}px;border:0}@media (min-width:700px){#${id}{height:${wide}px}}</style>`,
    `<iframe id="${id}" src="${src.replaceAll('&', '&amp;')}" title="${title}" loading="lazy"></iframe>`,
    `<script>(function(){var f=document.getElementById(${JSON.stringify(id)});` +
      `window.addEventListener("message",function(e){var d=e.data;` +
      `if(!f||e.source!==f.contentWindow||e.origin!==${JSON.stringify(origin)}||!d||d.type!=="backlash:embed-size"||d.id!==${JSON.stringify(id)})return;` +
      `f.style.height=Math.ceil(d.height)+"px";});})();</script>`,
  ].join('\n');
}
