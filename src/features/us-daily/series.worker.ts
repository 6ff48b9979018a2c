/// <reference lib="webworker" />
// The US series worker: aggregation, incident re-counting and the detection methods run here, never on the page's
// main thread. It answers each request with its view; the page keeps every answer and shows the newest asked for.
import { fetchReader } from '../../data/dataReader';
import { encodeRows } from './encodeRows';
import { type SeriesReply, type SeriesRequest, seriesEngine } from './seriesEngine';

declare const self: DedicatedWorkerGlobalScope;

let engine: ReturnType<typeof seriesEngine> | null = null;

self.onmessage = async (event: MessageEvent<SeriesRequest>) => {
  const { view, base } = event.data;
  engine ??= seriesEngine(fetchReader(undefined, base));
  if (view === null) {
    engine.readFilterFiles();
    return;
  }
  try {
    const { rows, ...series } = await engine.series(view);
    // The method's own rows are already in the series' rows: the page needs only what the outcome says of them.
    const outcome = series.outcome?.kind === 'ok' ? { ...series.outcome, rows: [] } : series.outcome;
    const { encoded, transfer } = encodeRows(rows);
    const reply: SeriesReply = { kind: 'ok', view, series: { ...series, outcome }, rows: encoded };
    self.postMessage(reply, transfer);
  } catch (error) {
    const reply: SeriesReply = {
      kind: 'error',
      view,
      message: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(reply);
  }
};
