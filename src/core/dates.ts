/** Days of the week, in the order `Date.getUTCDay` numbers them. */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Returns true when the text is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns true when the text is a month written `YYYY-MM`. */
export function isIsoMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Returns the weekday of an ISO day, computed in UTC so the reader's time zone cannot shift it. */
export function weekdayOf(isoDay: string): Weekday {
  if (!isIsoDay(isoDay)) throw new RangeError(`not an ISO day: ${isoDay}`);
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as Weekday;
}

/** Returns the ISO month (`YYYY-MM`) that contains an ISO day or month. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Returns the English name of a month number from 1 to 12. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
  return name;
}

/** Returns the month number (1-12) of an English month name, or null when the name is not one. */
export function monthNumber(name: string): number | null {
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.trim().toLowerCase());
  return index < 0 ? null : index + 1;
}

/** Returns `YYYY-MM` for a year and a month number. */
export function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Returns a day such as "6 June 2017" or a month such as "June 2017" for an ISO date. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const name = monthName(Number(month));
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** Returns the whole number of days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (isoDay: string) => {
    if (!isIsoDay(isoDay)) throw new RangeError(`not an ISO day: ${isoDay}`);
    const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

const DAY_MS = 86_400_000;

/** Returns the days since 1970-01-01 of an ISO day, or of the first day of an ISO month or year. */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
  if (match === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')) / DAY_MS;
}

/** Returns the ISO day (`YYYY-MM-DD`) of a day number (days since 1970-01-01). */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
