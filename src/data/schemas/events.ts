import * as z from 'zod/mini';
import { evidence, isoDay, nonEmptyArray, sourceId, text } from './common';

/** A trigger event that may be followed by a backlash. */
export const triggerEventSchema = z.object({
  id: text(),
  date: isoDay,
  name: text(),
  place: text(),
  description: text(),
  /** True for the events the article's story names; the others make up the wider catalogue. */
  inStory: z.boolean(),
  /** The countries whose series the event is drawn on. */
  regions: nonEmptyArray(z.enum(['uk', 'us'])),
  sources: nonEmptyArray(sourceId),
  /** Words in a shared source file that the build checks, or null where only the cited source has the event. */
  evidence: z.nullable(evidence),
});
export type TriggerEvent = z.infer<typeof triggerEventSchema>;

/** The events file: `data/events.json`. */
export const eventsFileSchema = z.object({ events: z.array(triggerEventSchema) });
