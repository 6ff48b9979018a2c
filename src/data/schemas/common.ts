import * as z from 'zod/mini';
import { isIsoDay, isIsoMonth } from '../../core/dates';

/** A non-empty string. */
export const text = () => z.string().check(z.minLength(1));

/** A non-empty list of items. */
export const nonEmptyArray = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/** An ISO calendar day, `YYYY-MM-DD`. */
export const isoDay = z.string().check(z.refine(isIsoDay, 'expected a calendar day written YYYY-MM-DD'));

/** An ISO month, `YYYY-MM`. */
export const isoMonth = z.string().check(z.refine(isIsoMonth, 'expected a month written YYYY-MM'));

/** An ISO day or month. */
export const isoDayOrMonth = z
  .string()
  .check(z.refine((value) => isIsoDay(value) || isIsoMonth(value), 'expected YYYY-MM-DD or YYYY-MM'));

/** A publication date as precise as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const publicationDate = z
  .string()
  .check(
    z.refine(
      (value) => isIsoDay(value) || isIsoMonth(value) || /^\d{4}$/.test(value),
      'expected YYYY-MM-DD, YYYY-MM or YYYY',
    ),
  );

/** A count of incidents: a whole number, zero or more. */
export const count = z.int().check(z.nonnegative());

/** A CSV cell holding a count: digits only, turned into a number. */
export const countCell = z.pipe(
  z.string().check(z.regex(/^\d+$/, 'expected a whole number of 0 or more')),
  z.transform(Number),
);

/** The id of an entry in the source catalogue. */
export const sourceId = text();

/** A string taken word for word from a shared source file, so the build can check it is there. */
export const evidence = z.object({
  file: z.enum(['reported-figures.md', 'article.txt']),
  text: text(),
});

/** A CSV cell holding a count that may be missing: digits turned into a number, an empty cell into null (never 0). */
export const optionalCountCell = z.pipe(
  z.string().check(z.regex(/^\d*$/, 'expected a whole number of 0 or more, or an empty cell (missing)')),
  z.transform((cell): number | null => (cell === '' ? null : Number(cell))),
);
