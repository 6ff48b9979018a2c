import type { Source } from '../../core/provenance';
import type { DataReader } from '../dataReader';
import { parseJsonFile } from '../parseDataFile';
import { resolveSources, sourceCatalogue } from '../provenance';
import type { DataPackage } from '../schemas/dataPackage';
import { eventsFileSchema, type TriggerEvent } from '../schemas/events';

/** A trigger event with its sources resolved from the catalogue. */
export type SourcedEvent = Omit<TriggerEvent, 'sources'> & { readonly sources: readonly Source[] };

const FILE = 'data/events.json';

/** Returns the events in date order, each with its sources. */
export async function readEvents(dataPackage: DataPackage, read: DataReader): Promise<SourcedEvent[]> {
  const { events } = parseJsonFile(FILE, await read('events.json'), eventsFileSchema);
  const catalogue = sourceCatalogue(dataPackage);
  return events
    .map((event) => ({ ...event, sources: resolveSources(catalogue, event.sources, FILE) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
