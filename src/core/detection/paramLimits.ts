import { isIsoMonth } from '../dates';
import { formatCount } from '../format';
import type { NumberParam, ParamIssue, ParamSpec, ParamValue, ParamValues } from './params';
import { describeRange } from './params';

/** What the range of a method's parameters depends on: the series it runs on. */
export interface SeriesShape {
  /** Rows in the series. */
  readonly rows: number;
  /** True when the rows are months (`YYYY-MM`), so a yearly cycle is 12 rows (else 365, for days). */
  readonly monthly: boolean;
}

/** The largest value a parameter can take on one series, given the method's other values, and why. */
export interface ParamLimit {
  readonly max: number;
  /** Why the value can go no higher, e.g. "window + guard must leave one of the 120 rows to test". */
  readonly why: string;
}

/** A method's limits on a series: the largest value of each parameter that has one, given the others. */
export type ParamLimits = (shape: SeriesShape, values: ParamValues) => Readonly<Record<string, ParamLimit>>;

/**
 * The most work one run of a method may ask for, in estimated elementary steps: about 10 s on the project's
 * 2-core machine. Settings past it (a Farrington fit with hundreds of seasonal levels, say) are refused at once.
 */
export const WORK_LIMIT = 1e10;

/** The reason a work limit gives, for messages. */
export const WORK_REASON = 'larger values ask for more computation than one run may take';

/** Returns the shape of a series with these dates. */
export function seriesShape(dates: readonly string[]): SeriesShape {
  return { rows: dates.length, monthly: dates.length > 0 && dates.every(isIsoMonth) };
}

/**
 * Returns the largest whole value from `low` up to `high` whose work fits WORK_LIMIT; null when even `low` does
 * not fit, since lowering this parameter alone cannot help (another one is too large).
 */
export function largestWithinWork(low: number, high: number, work: (value: number) => number): number | null {
  if (high < low || work(low) > WORK_LIMIT) return null;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = lo + Math.ceil((hi - lo) / 2);
    if (work(middle) <= WORK_LIMIT) lo = middle;
    else hi = middle - 1;
  }
  return lo;
}

/** Returns the tighter of a structural limit and a work limit (its `max` from `largestWithinWork`). */
export function tighterLimit(structural: ParamLimit, workMax: number | null): ParamLimit {
  return workMax !== null && workMax < structural.max ? { max: workMax, why: WORK_REASON } : structural;
}

/** Returns an issue for each parameter the caller gave whose value is past its limit on this series. */
export function limitIssues(
  specs: readonly ParamSpec[],
  limits: Readonly<Record<string, ParamLimit>>,
  given: ParamValues,
  values: ParamValues,
): ParamIssue[] {
  return specs.flatMap((spec) => {
    const problem = Object.hasOwn(given, spec.name)
      ? checkLimit(spec, values[spec.name] ?? null, limits[spec.name])
      : null;
    return problem === null ? [] : [{ param: spec.name, message: problem }];
  });
}

/** Returns null when a value (already within the parameter's own range) is within its limit, else what is wrong. */
export function checkLimit(spec: ParamSpec, value: ParamValue, limit: ParamLimit | undefined): string | null {
  if (spec.type === 'boolean' || spec.type === 'choice' || limit === undefined) return null;
  if (typeof value !== 'number' || value <= limit.max) return null;
  return `expected ${describeLimitedRange(spec, limit)}, got ${value}`;
}

/** Returns the allowed values on a series in words, e.g. "a whole number >= 1 and <= 120 (why)". */
export function describeLimitedRange(spec: NumberParam, limit: ParamLimit): string {
  if (spec.min !== undefined && limit.max < spec.min) return `no value on this series (${limit.why})`;
  const capped = spec.max === undefined || limit.max < spec.max ? { ...spec, max: limit.max } : spec;
  return describeRange({ ...capped, maxExclusive: capped === spec && spec.maxExclusive }, limit.why);
}

/** Returns "the series' 12,053 rows", for the reasons of limits. */
export function seriesRows(shape: SeriesShape): string {
  return `the series’ ${formatCount(shape.rows)} rows`;
}
