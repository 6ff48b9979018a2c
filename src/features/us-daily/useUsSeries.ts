import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodName } from '../../core/detection/methods';
import { usSeries, type UsSeries } from '../../core/figure/views/usSpec';
import type { StateYearIncidents } from '../../core/series/reporting';
import type { UsView } from '../../core/view/view';
import type { DailyCounts } from '../../data/queries/dailyCounts';
import type { Incidents } from '../../data/queries/incidents';
import { decodeRows } from './encodeRows';
import { cachedSeries, type ComputedSeries, keepSeries, seriesKey } from './seriesCache';
import type { SeriesReply, SeriesRequest } from './seriesEngine';

/** The series the chart draws, the view it was computed for, and whether a newer one is being computed. */
export interface SeriesState {
  readonly series: UsSeries | null;
  readonly view: UsView | null;
  readonly updating: boolean;
  readonly error: string | null;
}

/**
 * The one method that takes longer than an interaction may on the daily series (Farrington flexible fits a model per
 * day: about half a second): it is computed ahead, in a second worker, for each series shown, and a newer request
 * cancels it rather than waiting behind it.
 */
const SLOW_METHOD: MethodName = 'farrington';

/** True where the browser has no workers (the component tests' jsdom): the series is then computed on the page. */
export const COMPUTES_INLINE = typeof Worker === 'undefined';

/** A series worker, and the view it is computing (null when idle). */
interface SeriesWorker {
  readonly worker: Worker;
  computing: UsView | null;
}

/** Starts a series worker that hands each answer to `onReply`. */
function startWorker(onReply: (reply: SeriesReply) => void): SeriesWorker {
  const worker = new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module' });
  const entry: SeriesWorker = { worker, computing: null };
  worker.onmessage = (event: MessageEvent<SeriesReply>) => {
    entry.computing = null;
    onReply(event.data);
  };
  return entry;
}

/** Asks a worker for a view's series; a worker busy with the slow method is replaced instead of waited for. */
function ask(entry: SeriesWorker | null, view: UsView, start: () => SeriesWorker): SeriesWorker {
  let target = entry;
  if (target !== null && target.computing?.method === SLOW_METHOD) {
    target.worker.terminate();
    target = null;
  }
  target ??= start();
  target.computing = view;
  const request: SeriesRequest = { view, base: document.baseURI };
  target.worker.postMessage(request);
  return target;
}

/** Returns what a worker's answer says: the series (its rows decoded), or the error. */
function computedFrom(reply: SeriesReply): ComputedSeries {
  return reply.kind === 'ok'
    ? { series: { ...reply.series, rows: decodeRows(reply.rows) }, view: reply.view, error: null }
    : { series: null, view: reply.view, error: reply.message };
}

/**
 * Returns the US series of a view, computed in a Web Worker so the page stays responsive: the previous series is
 * kept (with `updating`) until the new one arrives, and a newer view supersedes an older computation. The last few
 * series are kept, so returning to a view is immediate, and the slow method's series is computed ahead for the view
 * shown. Where the browser has no workers (the component tests' jsdom), the series is computed here.
 */
export function useUsSeries(
  view: UsView,
  data: DailyCounts,
  filtered: Incidents | null,
  stateYears: readonly StateYearIncidents[] | null,
  filterOpen: boolean,
): SeriesState {
  const inline = COMPUTES_INLINE;
  const direct = useMemo(
    () =>
      inline ? usSeries(view, { daily: data, incidents: filtered?.incidents ?? null, stateYears }) : null,
    [inline, view, data, filtered, stateYears],
  );
  const key = seriesKey(view);
  const [shown, setShown] = useState<ComputedSeries | null>(null);
  const cached = inline ? undefined : cachedSeries(data, key);
  // A view already computed is shown at once, and stays shown while a later one is computed.
  if (cached !== undefined && cached !== shown) setShown(cached);
  const workers = useRef<{ now: SeriesWorker | null; ahead: SeriesWorker | null }>({
    now: null,
    ahead: null,
  });
  const latest = useRef('');
  // The workers outlive an effect: they answer through this, which always holds the newest handler.
  const onReply = useRef<(reply: SeriesReply) => void>(() => undefined);
  useEffect(() => {
    if (inline) return;
    latest.current = key;
    const start = () => startWorker((reply) => onReply.current(reply));
    const computeAhead = (computed: ComputedSeries) => {
      const ahead: UsView = { ...computed.view, method: SLOW_METHOD, params: {} };
      const aheadKey = seriesKey(ahead);
      const busyWith = workers.current.ahead?.computing;
      if (computed.series?.measure !== 'count' || cachedSeries(data, aheadKey) !== undefined) return;
      if (busyWith != null && seriesKey(busyWith) === aheadKey) return;
      workers.current.ahead = ask(workers.current.ahead, ahead, start);
    };
    const receive = (reply: SeriesReply) => {
      const computed = computedFrom(reply);
      const replyKey = seriesKey(reply.view);
      keepSeries(data, replyKey, computed);
      if (replyKey !== latest.current) return;
      // A transition: React draws the new chart in slices, so the page keeps answering meanwhile.
      startTransition(() => setShown(computed));
      computeAhead(computed);
    };
    onReply.current = receive;
    const hit = cachedSeries(data, key);
    if (hit !== undefined) computeAhead(hit);
    else {
      const ahead = workers.current.ahead?.computing;
      // The view is being computed ahead already: its answer will do.
      if (ahead != null && seriesKey(ahead) === key) return;
      workers.current.now = ask(workers.current.now, view, start);
    }
  }, [inline, key, view, data]);
  useEffect(() => {
    if (inline || !filterOpen) return;
    // The reader opened the filter: the worker reads its files now, so the first filtered view need not wait for them.
    workers.current.now ??= startWorker((reply) => onReply.current(reply));
    const request: SeriesRequest = { view: null, base: document.baseURI };
    workers.current.now.worker.postMessage(request);
  }, [inline, filterOpen]);
  useEffect(
    () => () => {
      workers.current.now?.worker.terminate();
      workers.current.ahead?.worker.terminate();
    },
    [],
  );
  if (inline) return { series: direct, view, updating: false, error: null };
  const current = cached ?? shown;
  return {
    series: current?.series ?? null,
    view: current?.view ?? null,
    error: current?.error ?? null,
    updating: cached === undefined,
  };
}
