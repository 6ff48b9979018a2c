import type { UsSeries } from '../../core/figure/views/usSpec';
import type { UsView } from '../../core/view/view';

/** A series the worker computed for a view, or why it could not. */
export interface ComputedSeries {
  readonly series: UsSeries | null;
  readonly view: UsView;
  readonly error: string | null;
}

/** How many computed series are kept per data set: a few views back, each about a megabyte at daily resolution. */
const KEPT = 6;

const caches = new WeakMap<object, Map<string, ComputedSeries>>();

/** Returns the key of a view's series: every setting but nothing else. */
export function seriesKey(view: UsView): string {
  return JSON.stringify(view);
}

/** Returns the series last computed for a view of a data set, if it is still kept (and marks it recently used). */
export function cachedSeries(data: object, key: string): ComputedSeries | undefined {
  const cache = caches.get(data);
  const found = cache?.get(key);
  if (cache !== undefined && found !== undefined) {
    cache.delete(key);
    cache.set(key, found);
  }
  return found;
}

/** Keeps a computed series of a data set, forgetting the least recently used beyond the few kept. */
export function keepSeries(data: object, key: string, computed: ComputedSeries): void {
  let cache = caches.get(data);
  if (cache === undefined) {
    cache = new Map();
    caches.set(data, cache);
  }
  cache.delete(key);
  cache.set(key, computed);
  while (cache.size > KEPT) cache.delete(cache.keys().next().value as string);
}
