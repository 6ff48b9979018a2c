/// <reference lib="webworker" />
// The US series worker: aggregation, incident re-counting and the detection methods run here, never on the page's
// main thread. It answers each request with its id; the page ignores (or cancels) all but the newest.
import { fetchReader } from '../../data/dataReader';
import { type SeriesReply, type SeriesRequest, seriesEngine } from './seriesEngine';

declare const self: DedicatedWorkerGlobalScope;

let engine: ReturnType<typeof seriesEngine> | null = null;

self.onmessage = async (event: MessageEvent<SeriesRequest>) => {
  const { id, view, base } = event.data;
  engine ??= seriesEngine(fetchReader(undefined, base));
  let reply: SeriesReply;
  try {
    reply = { id, kind: 'ok', view, series: await engine(view) };
  } catch (error) {
    reply = { id, kind: 'error', view, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
