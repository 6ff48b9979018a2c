import type { Source } from '../provenance';

/** A publication date split into parts; month and day are null where the date does not give them. */
export interface DateParts {
  readonly year: string;
  readonly month: string | null;
  readonly day: string | null;
}

/**
 * Returns the first 12 hex digits of a data version `sha256:…` (the version as given when it has no prefix).
 */
export function shortVersion(version: string): string {
  return version.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * Returns an ISO day, month or year (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) split into its parts, or null for other
 * text.
 */
export function dateParts(date: string): DateParts | null {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(date);
  if (match === null) return null;
  return { year: match[1] ?? '', month: match[2] ?? null, day: match[3] ?? null };
}

/** Returns the link when it is an absolute web address (`http://` or `https://`), else null. */
export function webAddress(link: string | null): string | null {
  return link !== null && /^https?:\/\/\S+$/i.test(link) ? link : null;
}

/**
 * Returns text on one line: every run of white space, line breaks included, becomes one space; ends trimmed.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Returns text ending as a sentence: a full stop is added unless it already ends with `.`, `!` or `?`. */
export function sentence(text: string): string {
  const line = oneLine(text);
  return line === '' || /[.!?]$/.test(line) ? line : `${line}.`;
}

/**
 * Returns a source as one line of a citation: `Publisher, “Title” (date)` (the quotes keep a title with
 * commas apart).
 */
export function sourceLine(source: Source): string {
  return oneLine(`${source.publisher}, “${source.title}” (${source.date})`);
}
