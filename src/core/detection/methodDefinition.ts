import type { ParamLimits, SeriesShape } from './paramLimits';
import type { ParamSpec, ParamValues } from './params';
import type { Counts, DetectionFailure, DetectionRow } from './types';

/** The baseline and detection methods the app and the command line offer. */
export type MethodName =
  | 'trailing-mean'
  | 'trailing-median'
  | 'same-weekday'
  | 'ears-c1'
  | 'ears-c2'
  | 'ears-c3'
  | 'farrington'
  | 'cusum';

/** Rows computed by a method, with the parameter values (defaults filled in) that produced them. */
export interface MethodRows {
  readonly kind: 'ok';
  readonly method: MethodName;
  readonly params: ParamValues;
  readonly rows: readonly DetectionRow[];
}

/** A method whose computation has not been ported yet. */
export interface NotAvailable {
  readonly kind: 'not-available';
  readonly method: MethodName;
  readonly message: string;
}

/** The series does not suit the method, e.g. same-weekday on a monthly series. */
export interface UnsuitableSeries {
  readonly kind: 'unsuitable-series';
  readonly message: string;
}

/** What a run computes beyond the baseline, bound and alarms. */
export interface RunOptions {
  /** False leaves every row's p-value null, for a caller that shows none (the dashboard's chart): it saves the tails. */
  readonly pValues: boolean;
}

/** Computes rows from counts, dates and checked parameter values (every parameter present). */
export type MethodCompute = (
  counts: Counts,
  dates: readonly string[],
  params: ParamValues,
  options: RunOptions,
) => readonly DetectionRow[] | DetectionFailure | UnsuitableSeries;

/** A method as its module defines it: what it is, its parameters, and its computation (null until ported). */
export interface MethodDefinition {
  readonly name: MethodName;
  /** A short name for a picker, e.g. "EARS C1". */
  readonly label: string;
  /** One or two sentences for a reader: what the baseline is and when a row alarms. */
  readonly description: string;
  /** The R function it follows, e.g. "surveillance::earsC", or null for this project's own baselines. */
  readonly reference: string | null;
  readonly params: readonly ParamSpec[];
  /** The largest value of each parameter on a series, given the others: no longer than the series, within the work limit. */
  readonly limits: ParamLimits;
  /** The estimated steps of a run, where settings can ask for more than WORK_LIMIT together though each is in range. */
  readonly work?: (shape: SeriesShape, values: ParamValues) => number;
  readonly compute: MethodCompute | null;
}

/** Returns a numeric parameter of checked values (null when the parameter allows it and is null). */
export function numberValue(params: ParamValues, name: string): number | null {
  const value = params[name];
  if (value === null || typeof value === 'number') return value;
  throw new TypeError(`parameter ${name} is not a number: ${String(value)}`);
}

/** Returns a numeric parameter of checked values that cannot be null. */
export function requiredNumber(params: ParamValues, name: string): number {
  const value = numberValue(params, name);
  if (value === null) throw new TypeError(`parameter ${name} is missing`);
  return value;
}

/** Returns a switch parameter of checked values. */
export function booleanValue(params: ParamValues, name: string): boolean {
  const value = params[name];
  if (typeof value === 'boolean') return value;
  throw new TypeError(`parameter ${name} is not true or false: ${String(value)}`);
}

/** Returns a choice parameter of checked values. */
export function choiceValue<Choice extends string>(params: ParamValues, name: string): Choice {
  const value = params[name];
  if (typeof value === 'string') return value as Choice;
  throw new TypeError(`parameter ${name} is not a choice: ${String(value)}`);
}
