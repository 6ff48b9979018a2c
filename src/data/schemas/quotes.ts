import * as z from 'zod/mini';
import { nonEmptyArray, sourceId, text } from './common';

/** Words spoken by a named person, quoted word for word from a source. */
export const quoteSchema = z.object({
  id: text(),
  speaker: text(),
  role: text(),
  /** The id of the event the words respond to. */
  event: text(),
  /** The quoted words, one entry per paragraph, without the quotation marks. */
  paragraphs: nonEmptyArray(text()),
  /** The reporter's sentence around a short quotation, word for word; null for a stand-alone quote. */
  context: z.nullable(z.string()),
  source: sourceId,
});
export type Quote = z.infer<typeof quoteSchema>;

/** The quotes file: `data/quotes.json`. */
export const quotesFileSchema = z.object({ quotes: z.array(quoteSchema) });
