import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { usSeries, type UsSeries } from '../../core/figure/views/usSpec';
import type { StateYearIncidents } from '../../core/series/reporting';
import type { UsView } from '../../core/view/view';
import type { DailyCounts } from '../../data/queries/dailyCounts';
import type { Incidents } from '../../data/queries/incidents';
import { decodeRows } from './encodeRows';
import type { SeriesReply, SeriesRequest } from './seriesEngine';

/** The series the chart draws, the view it was computed for, and whether a newer one is being computed. */
export interface SeriesState {
  readonly series: UsSeries | null;
  readonly view: UsView | null;
  readonly updating: boolean;
  readonly error: string | null;
}

/**
 * Returns the US series of a view, computed in a Web Worker so the page stays responsive: the previous series is
 * kept (with `updating`) until the new one arrives, and a newer view cancels an older computation (the worker is
 * replaced when it is busy). Where the browser has no workers (the component tests' jsdom), it is computed here.
 */
export function useUsSeries(
  view: UsView,
  data: DailyCounts,
  filtered: Incidents | null,
  stateYears: readonly StateYearIncidents[] | null,
): SeriesState {
  const inline = typeof Worker === 'undefined';
  const direct = useMemo(
    () =>
      inline ? usSeries(view, { daily: data, incidents: filtered?.incidents ?? null, stateYears }) : null,
    [inline, view, data, filtered, stateYears],
  );
  const [state, setState] = useState<Omit<SeriesState, 'updating'>>({
    series: null,
    view: null,
    error: null,
  });
  const worker = useRef<{ worker: Worker; busy: boolean } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (inline) return;
    const id = ++latest.current;
    if (worker.current?.busy) {
      worker.current.worker.terminate();
      worker.current = null;
    }
    if (worker.current === null) {
      const created = new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module' });
      const entry = { worker: created, busy: false };
      created.onmessage = (event: MessageEvent<SeriesReply>) => {
        entry.busy = false;
        const reply = event.data;
        if (reply.id !== latest.current) return;
        // A transition: React draws the new chart in slices, so the page keeps answering meanwhile.
        startTransition(() =>
          setState(
            reply.kind === 'ok'
              ? { series: { ...reply.series, rows: decodeRows(reply.rows) }, view: reply.view, error: null }
              : { series: null, view: reply.view, error: reply.message },
          ),
        );
      };
      worker.current = entry;
    }
    worker.current.busy = true;
    const request: SeriesRequest = { id, view, base: document.baseURI };
    worker.current.worker.postMessage(request);
  }, [inline, view]);
  useEffect(() => () => worker.current?.worker.terminate(), []);
  if (inline) return { series: direct, view, updating: false, error: null };
  // Updating until the series (or the error) answers the view asked for now.
  return { ...state, updating: JSON.stringify(state.view) !== JSON.stringify(view) };
}
