import { sameWeekdayMethod, trailingMeanMethod, trailingMedianMethod } from './baselineMethods';
import { cusumMethod } from './cusumMethod';
import { earsC1, earsC2, earsC3 } from './earsMethods';
import { farringtonMethod } from './farringtonMethod';
import type {
  MethodDefinition,
  MethodName,
  MethodRows,
  NotAvailable,
  UnsuitableSeries,
  RunOptions,
} from './methodDefinition';
import type { InvalidParams, ParamSpec, ParamValues } from './params';
import { resolveParams } from './params';
import {
  limitIssues,
  type ParamLimit,
  type SeriesShape,
  seriesShape,
  WORK_LIMIT,
  WORK_REASON,
} from './paramLimits';
import type { ParamIssue } from './params';
import type { Counts, DetectionFailure, DetectionRow } from './types';

export type { MethodName, MethodRows, NotAvailable, RunOptions, UnsuitableSeries } from './methodDefinition';
export type { InvalidParams, ParamIssue, ParamSpec, ParamValue, ParamValues } from './params';
export type { ParamLimit } from './paramLimits';

/** What running a method gives: rows, or why there are none (too little data, bad parameters, wrong kind of series, not ported). */
export type MethodResult = MethodRows | DetectionFailure | InvalidParams | NotAvailable | UnsuitableSeries;

/** A baseline or detection method: what it is, its parameters (for a form or a command line), and `run`. */
export interface DetectionMethod {
  readonly name: MethodName;
  readonly label: string;
  readonly description: string;
  /** The R function it follows, or null for this project's own baselines. */
  readonly reference: string | null;
  readonly params: readonly ParamSpec[];
  /** False while the method's computation is not ported: `run` then returns `not-available`. */
  readonly available: boolean;
  /** Returns the largest value of each limited parameter on a series of this shape, given the other values. */
  limitsOn(shape: SeriesShape, params?: ParamValues): Readonly<Record<string, ParamLimit>>;
  /** Returns one row per count (nulls where a row has too little history), or why there are none. */
  run(counts: Counts, dates: readonly string[], params?: ParamValues, options?: RunOptions): MethodResult;
}

const DEFINITIONS: readonly MethodDefinition[] = [
  trailingMeanMethod,
  trailingMedianMethod,
  sameWeekdayMethod,
  earsC1,
  earsC2,
  earsC3,
  farringtonMethod,
  cusumMethod,
];

/** Every method, in the order a picker shows them (available or not). */
export const DETECTION_METHODS: readonly DetectionMethod[] = DEFINITIONS.map(toMethod);

/** Returns true when the text names a method. */
export function isMethodName(text: string): text is MethodName {
  return DETECTION_METHODS.some((method) => method.name === text);
}

/** Returns the method with that name, or undefined. */
export function methodNamed(name: string): DetectionMethod | undefined {
  return DETECTION_METHODS.find((method) => method.name === name);
}

/** Returns the rows of the named method on counts and their dates, or why there are none. */
export function runMethod(
  name: MethodName,
  counts: Counts,
  dates: readonly string[],
  params: ParamValues = {},
  options: RunOptions = ALL_OF_IT,
): MethodResult {
  const method = methodNamed(name);
  if (method === undefined) throw new RangeError(`unknown method ${name}`);
  return method.run(counts, dates, params, options);
}

/** A run's default: every field of every row. */
const ALL_OF_IT: RunOptions = { pValues: true };

function toMethod(definition: MethodDefinition): DetectionMethod {
  const { compute, ...described } = definition;
  return {
    ...described,
    available: compute !== null,
    limitsOn(shape, given = {}) {
      // Values that fail their own checks give way to the defaults, so the other limits can still be shown.
      const valid = Object.fromEntries(
        Object.entries(given).filter(
          ([name]) => resolveParams(definition.params, { [name]: given[name] ?? null }).kind === 'ok',
        ),
      );
      const resolved = resolveParams(definition.params, valid);
      return resolved.kind === 'ok' ? definition.limits(shape, resolved.values) : {};
    },
    run(counts, dates, given = {}, options = ALL_OF_IT) {
      if (dates.length !== counts.length)
        throw new RangeError(`got ${dates.length} dates for ${counts.length} counts`);
      const resolved = resolveParams(definition.params, given);
      if (resolved.kind !== 'ok') return resolved;
      const shape = seriesShape(dates);
      const issues = limitIssues(
        definition.params,
        definition.limits(shape, resolved.values),
        given,
        resolved.values,
      );
      if (issues.length === 0 && (definition.work?.(shape, resolved.values) ?? 0) > WORK_LIMIT)
        issues.push(tooMuchWork(definition, given));
      if (issues.length > 0) return { kind: 'invalid-params', issues };
      if (compute === null)
        return {
          kind: 'not-available',
          method: definition.name,
          message: `${definition.label} (${definition.name}) is not available yet: its computation has not been ported`,
        };
      const computed = compute(counts, dates, resolved.values, options);
      if (isFailure(computed)) return computed;
      // Methods whose p-values cost little compute them anyway: the rows say the same whichever method ran.
      const rows = options.pValues
        ? computed
        : computed.map((row) => (row.pValue === null ? row : { ...row, pValue: null }));
      return { kind: 'ok', method: definition.name, params: resolved.values, rows };
    },
  };
}

/** An issue naming the given parameters that together ask for more work than a run may take. */
function tooMuchWork(definition: MethodDefinition, given: ParamValues): ParamIssue {
  const named = definition.params.filter((spec) => Object.hasOwn(given, spec.name)).map((spec) => spec.name);
  return {
    param: named.join(', ') || definition.name,
    message: `these values together: ${WORK_REASON}; lower one of them`,
  };
}

function isFailure(
  value: readonly DetectionRow[] | DetectionFailure | UnsuitableSeries,
): value is DetectionFailure | UnsuitableSeries {
  return !Array.isArray(value);
}
