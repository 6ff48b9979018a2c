import { dayNumber, isoDayOf } from '../dates';
import { textWidth } from './font/textWidth';
import { shortMonth } from './labels';
import { TYPE } from './theme';
import type { Tick } from './types';

/** A spacing of calendar ticks: every `step` years (on 1 January), months (on the 1st) or days. */
interface Interval {
  readonly unit: 'year' | 'month' | 'day';
  readonly step: number;
}

// Finest first. Day steps of 7 and 14 fall on Mondays.
const INTERVALS: readonly Interval[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'day', step: 14 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 20 },
  { unit: 'year', step: 50 },
];

const GAP = 14;
/** The narrowest a tick label can be (a day of the month, "1"), with the gap: no spacing fits more ticks than this. */
const NARROWEST_TICK = 6 + GAP;
const UNIT_DAYS = { day: 1, month: 28, year: 365 } as const;

/**
 * Returns ticks on calendar boundaries inside [first, last] (day numbers): the finest spacing whose labels fit
 * side by side in `width` pixels. Years sit on 1 January, months on the 1st, weeks on Mondays; a label names the
 * year only where it changes (and on the first tick).
 */
export function timeTicks(first: number, last: number, width: number): Tick[] {
  const span = Math.max(1, last - first);
  for (const interval of INTERVALS) {
    // A spacing with more ticks than could ever fit is skipped before its ticks are made (days over decades).
    if ((span / (UNIT_DAYS[interval.unit] * interval.step)) * NARROWEST_TICK > width * 2) continue;
    const ticks = ticksAt(interval, first, last);
    if (ticks.length < 2 && interval.unit !== 'year') continue;
    if (fits(ticks, width / span)) return ticks;
  }
  return ticksAt({ unit: 'year', step: 100 }, first, last);
}

function fits(ticks: readonly Tick[], pixelsPerDay: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const previous = ticks[i - 1] as Tick;
    const tick = ticks[i] as Tick;
    const room = (tick.value - previous.value) * pixelsPerDay;
    const need = (labelWidth(previous) + labelWidth(tick)) / 2 + GAP;
    if (room < need) return false;
  }
  return true;
}

function labelWidth(tick: Tick): number {
  return textWidth(tick.label, TYPE.tick.size, TYPE.tick.weight);
}

function ticksAt(interval: Interval, first: number, last: number): Tick[] {
  const days: number[] = [];
  const start = isoDayOf(first);
  let year = Number(start.slice(0, 4));
  if (interval.unit === 'year') {
    year = Math.ceil(year / interval.step) * interval.step;
    for (let day = dayNumber(String(year)); day <= last; day = dayNumber(String((year += interval.step))))
      if (day >= first) days.push(day);
  } else if (interval.unit === 'month') {
    let month = Number(start.slice(5, 7)) - 1;
    for (;;) {
      const day = Date.UTC(year, month, 1) / 86_400_000;
      if (day > last) break;
      if (day >= first && month % interval.step === 0) days.push(day);
      month++;
      if (month === 12) {
        month = 0;
        year++;
      }
    }
  } else {
    // Weekly steps start on a Monday (1970-01-05 was one); 1- and 2-day steps on the first day.
    const origin = interval.step >= 7 ? 4 : first;
    const offset = (((first - origin) % interval.step) + interval.step) % interval.step;
    for (let day = offset === 0 ? first : first + interval.step - offset; day <= last; day += interval.step)
      days.push(day);
  }
  return days.map((day, i) => ({ value: day, label: tickLabel(day, interval, days[i - 1]) }));
}

function tickLabel(day: number, interval: Interval, previous: number | undefined): string {
  const iso = isoDayOf(day);
  const year = iso.slice(0, 4);
  if (interval.unit === 'year') return year;
  const newYear = previous === undefined || isoDayOf(previous).slice(0, 4) !== year;
  const month = shortMonth(Number(iso.slice(5, 7)));
  const base = interval.unit === 'month' ? month : `${Number(iso.slice(8, 10))} ${month}`;
  return newYear ? `${base} ${year}` : base;
}
