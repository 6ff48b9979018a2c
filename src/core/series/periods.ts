import { daysBetween, isIsoDay } from '../dates';

/** How finely a daily series is summed for display. */
export type Resolution = 'day' | 'week' | 'month' | 'year';

export const RESOLUTIONS: readonly Resolution[] = ['day', 'week', 'month', 'year'];

/** Returns the key of the period that holds an ISO day: the day, the Monday of its week, `YYYY-MM` or `YYYY`. */
export function periodKey(isoDay: string, resolution: Resolution): string {
  if (!isIsoDay(isoDay)) throw new RangeError(`not an ISO day: ${isoDay}`);
  switch (resolution) {
    case 'day':
      return isoDay;
    case 'month':
      return isoDay.slice(0, 7);
    case 'year':
      return isoDay.slice(0, 4);
    case 'week': {
      const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      date.setUTCDate(date.getUTCDate() - sinceMonday);
      return date.toISOString().slice(0, 10);
    }
  }
}

/** Returns the first and last ISO day of the period a key names. */
export function periodBounds(key: string, resolution: Resolution): { first: string; last: string } {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  switch (resolution) {
    case 'day':
      return { first: key, last: key };
    case 'week': {
      const [year, month, day] = key.split('-').map(Number) as [number, number, number];
      return { first: key, last: iso(new Date(Date.UTC(year, month - 1, day + 6))) };
    }
    case 'month': {
      const [year, month] = key.split('-').map(Number) as [number, number];
      return { first: `${key}-01`, last: iso(new Date(Date.UTC(year, month, 0))) };
    }
    case 'year':
      return { first: `${key}-01-01`, last: `${key}-12-31` };
  }
}

/**
 * Returns how many periods of a resolution the consecutive days from `first` to `last` fall in (a part-period at
 * either end counts as one): the rows `aggregateCounts` gives, without summing the days.
 */
export function periodCount(first: string, last: string, resolution: Resolution): number {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  switch (resolution) {
    case 'day':
      return daysBetween(first, last) + 1;
    case 'week':
      return daysBetween(periodKey(first, 'week'), periodKey(last, 'week')) / 7 + 1;
    case 'month':
      return years * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
    case 'year':
      return years + 1;
  }
}
