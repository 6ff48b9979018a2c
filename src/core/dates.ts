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
  return isoDayNumber(text) !== null;
}

/**
 * Returns the days since 1970-01-01 of a real calendar day written `YYYY-MM-DD`, or null when the text is not one.
 * Arithmetic only (no `Date`), as series of twelve thousand days parse it on every change.
 */
export function isoDayNumber(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return civilDayNumber(year, month, day);
}

/** Returns the number of days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** Returns the days since 1970-01-01 of a valid year, month and day (the days-from-civil algorithm, by eras of 400 years). */
function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Returns true when the text is a month written `YYYY-MM`. */
export function isIsoMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Returns the weekday of an ISO day, computed from its day number so the reader's time zone cannot shift it. */
export function weekdayOf(isoDay: string): Weekday {
  const day = isoDayNumber(isoDay);
  if (day === null) throw new RangeError(`not an ISO day: ${isoDay}`);
  // 1970-01-01 was a Thursday.
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7] as Weekday;
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
  const day = (isoDay: string) => {
    const number = isoDayNumber(isoDay);
    if (number === null) throw new RangeError(`not an ISO day: ${isoDay}`);
    return number;
  };
  return day(to) - day(from);
}

const DAY_MS = 86_400_000;

/** Returns the days since 1970-01-01 of an ISO day, or of the first day of an ISO month or year. */
export function dayNumber(isoDate: string): number {
  const day = isoDayNumber(isoDate);
  if (day !== null) return day;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
  if (match === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')) / DAY_MS;
}

/** Returns the ISO day (`YYYY-MM-DD`) of a day number (days since 1970-01-01). */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
