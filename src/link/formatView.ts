import { DEFAULT_US_VIEW, LONDON, STORY_FORCE, STORY_SPIKE, type UsView, type View } from '../core/view/view';

/**
 * Returns the query string of a view with only what differs from the defaults, `view=` first, parameters in the
 * order the view holds them. Free of the method registry, so a page can link a view without loading the engine.
 */
export function viewQuery(view: View): string {
  const search = new URLSearchParams({ view: view.view });
  if (view.view === 'london' && view.area !== LONDON) search.set('area', view.area);
  if (view.view === 'police' && view.force !== STORY_FORCE) search.set('force', view.force);
  if (view.view === 'versions' && view.spike !== STORY_SPIKE) search.set('spike', view.spike);
  if (view.view !== 'us') return search.toString();
  writeUsView(search, view);
  return search.toString();
}

/** Writes a US view's `us.*` values that differ from the defaults. */
export function writeUsView(search: URLSearchParams, view: UsView): void {
  const d = DEFAULT_US_VIEW;
  if (view.resolution !== d.resolution) search.set('us.res', view.resolution);
  if (view.measure !== d.measure) search.set('us.measure', view.measure);
  if (view.from !== d.from) search.set('us.from', view.from);
  if (view.to !== d.to) search.set('us.to', view.to);
  if (view.method !== null) {
    search.set('us.method', view.method);
    const params = Object.entries(view.params)
      .map(([name, value]) => `${name}=${String(value)}`)
      .join(';');
    if (params !== '') search.set('us.params', params);
  }
  if (view.filter.state !== null) search.set('us.state', view.filter.state);
  if (view.filter.offence !== null) search.set('us.offence', view.filter.offence);
  if (view.filter.singleBiasOnly) search.set('us.single', '1');
}
