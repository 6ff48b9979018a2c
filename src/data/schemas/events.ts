import * as z from 'zod/mini';
import { evidence, isoDay, nonEmptyArray, sourceId, text } from './common';

/** A trigger event that may be followed by a backlash. */
export const triggerEventSchema = z.object({
  id: text(),
  date: isoDay,
  name: text(),
  place: text(),
  description: text(),
  sources: nonEmptyArray(sourceId),
  evidence,
});
export type TriggerEvent = z.infer<typeof triggerEventSchema>;

/** The events file: `data/events.json`. */
export const eventsFileSchema = z.object({ events: z.array(triggerEventSchema) });
