import * as z from 'zod/mini';
import { isIsoDay } from '../core/dates';
import { RESOLUTIONS } from '../core/series/periods';
import { US_FIRST_DAY, US_LAST_DAY } from '../core/view/view';
import { VIEW_NAMES } from './viewName';

// The schema of every value a link may carry, in one place: each is validated once, here, with zod. The method
// and its parameters are checked against the method registry (`viewQuery.ts`), which only the US panel loads.

/** `view=`: the chart or table a link names. */
export const viewNameSchema = z.enum(VIEW_NAMES);

/** `us.res=`: the US series' resolution. */
export const resolutionSchema = z.enum(RESOLUTIONS);

/** `us.measure=`: counts, or the share of all hate incidents. */
export const measureSchema = z.enum(['count', 'share']);

/** `us.from=`, `us.to=`: a day of the US series. */
export const usDaySchema = z
  .string()
  .check(z.refine((text) => isIsoDay(text) && text >= US_FIRST_DAY && text <= US_LAST_DAY));

/** `us.single=`, `us.filter=`: a switch, on when `1`. */
export const switchSchema = z.enum(['1', '0']);

/** `area=`, `us.state=`, `us.offence=`, `spike=`: a name, checked against the data by the panel that uses it. */
export const nameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** Returns whether a value passes a schema. */
export function passes(schema: z.ZodMiniType, value: string): boolean {
  return schema.safeParse(value).success;
}
