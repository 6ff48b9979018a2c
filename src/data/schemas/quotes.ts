import { z } from 'zod';
import { sourceId } from './common';

/** Words spoken by a named person, quoted word for word from a source. */
export const quoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string().min(1),
  role: z.string().min(1),
  /** The id of the event the words respond to. */
  event: z.string().min(1),
  /** The quoted words, one entry per paragraph, without the quotation marks. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** The reporter's sentence around a short quotation, word for word; null for a stand-alone quote. */
  context: z.string().nullable(),
  source: sourceId,
});
export type Quote = z.infer<typeof quoteSchema>;

/** The quotes file: `data/quotes.json`. */
export const quotesFileSchema = z.object({ quotes: z.array(quoteSchema) });
