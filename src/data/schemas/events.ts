import { z } from 'zod';
import { evidence, isoDay, sourceId } from './common';

/** A trigger event that may be followed by a backlash. */
export const triggerEventSchema = z.object({
  id: z.string().min(1),
  date: isoDay,
  name: z.string().min(1),
  place: z.string().min(1),
  description: z.string().min(1),
  sources: z.array(sourceId).min(1),
  evidence,
});
export type TriggerEvent = z.infer<typeof triggerEventSchema>;

/** The events file: `data/events.json`. */
export const eventsFileSchema = z.object({ events: z.array(triggerEventSchema) });
