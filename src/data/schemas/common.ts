import { z } from 'zod';
import { isIsoDay, isIsoMonth } from '../../core/dates';

/** An ISO calendar day, `YYYY-MM-DD`. */
export const isoDay = z.string().refine(isIsoDay, { message: 'expected a calendar day written YYYY-MM-DD' });

/** An ISO month, `YYYY-MM`. */
export const isoMonth = z.string().refine(isIsoMonth, { message: 'expected a month written YYYY-MM' });

/** An ISO day or month. */
export const isoDayOrMonth = z
  .string()
  .refine((text) => isIsoDay(text) || isIsoMonth(text), { message: 'expected YYYY-MM-DD or YYYY-MM' });

/** A count of incidents: a whole number, zero or more. */
export const count = z.number().int().nonnegative();

/** The id of an entry in the source catalogue. */
export const sourceId = z.string().min(1);

/** A string taken word for word from a shared source file, so the build can check it is there. */
export const evidence = z.object({
  file: z.enum(['reported-figures.md', 'article.txt']),
  text: z.string().min(1),
});
