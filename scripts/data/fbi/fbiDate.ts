import { isIsoDay } from '../../../src/core/dates';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MON_YY = /^(\d{2})-([A-Za-z]{3})-(\d{2})$/;

/**
 * Returns the four-digit year of a two-digit one. FBI hate crime data start in 1991, so 91–99 are 19xx and
 * 00–90 are 20xx (the 2021 release uses 91..99 and 00..20).
 */
export function fbiCentury(twoDigits: number): number {
  return twoDigits >= 91 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Returns the ISO day of an FBI incident date (`2001-09-11` in the 2024 release, `11-SEP-01` in 2021's), or null. */
export function parseFbiDate(text: string): string | null {
  if (ISO.test(text)) return isIsoDay(text) ? text : null;
  const match = DAY_MON_YY.exec(text);
  if (match === null) return null;
  const [, day = '', monthName = '', yy = ''] = match;
  const month = MONTHS.indexOf(monthName.toUpperCase()) + 1;
  if (month === 0) return null;
  const iso = `${fbiCentury(Number(yy))}-${String(month).padStart(2, '0')}-${day}`;
  return isIsoDay(iso) ? iso : null;
}
