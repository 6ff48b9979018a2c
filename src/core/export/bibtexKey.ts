import { dateParts } from './citationParts';
import type { ExportMetadata } from './exportTypes';

/**
 * Returns a stable BibTeX key for a view: `backlash`, the data's year, the first three words of the title
 * (ASCII letters and digits, accents dropped) and 8 hex digits of the FNV-1a hash of the title and the data
 * version, e.g. `backlash2024_anti_muslim_hate_5d41c0a3`: the same view and data give the same key, and two
 * views whose titles share their first words still differ.
 */
export function bibtexKey(meta: ExportMetadata): string {
  const year = dateParts(meta.dataVersionDate)?.year ?? '';
  const words = meta.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? ['view'];
  return `backlash${year}_${words.slice(0, 3).join('_')}_${fnv1a32(`${meta.title}\n${meta.dataVersion}`)}`;
}

/** Returns the 32-bit FNV-1a hash of a text's UTF-8 bytes, as 8 hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
