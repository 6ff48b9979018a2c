/** A parameter value as a method takes it: a number, a switch, a choice, or null (the parameter's "automatic"). */
export type ParamValue = number | boolean | string | null;

/** Parameter values by name. */
export type ParamValues = Readonly<Record<string, ParamValue>>;

interface ParamCommon {
  /** The name R's `control` list uses (`baseline`, `alpha`, `k`, ...). */
  readonly name: string;
  /** A short label for a form field. */
  readonly label: string;
  /** One sentence saying what the parameter does. */
  readonly description: string;
}

/** A number, optionally a whole one, within bounds; `nullLabel` says what null means when null is allowed. */
export interface NumberParam extends ParamCommon {
  readonly type: 'integer' | 'number';
  readonly default: number | null;
  readonly min?: number;
  readonly max?: number;
  /** True when `min` itself is not allowed (e.g. alpha > 0). */
  readonly minExclusive?: boolean;
  /** True when `max` itself is not allowed (e.g. alpha < 1). */
  readonly maxExclusive?: boolean;
  /** Present when null is allowed: what null means, e.g. "the mean of the reference rows". */
  readonly nullLabel?: string;
}

/** An on/off switch. */
export interface BooleanParam extends ParamCommon {
  readonly type: 'boolean';
  readonly default: boolean;
}

/** One of a fixed list of values. */
export interface ChoiceParam extends ParamCommon {
  readonly type: 'choice';
  readonly default: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
}

/** What a method says about one of its parameters: enough to draw a form field and to check a value. */
export type ParamSpec = NumberParam | BooleanParam | ChoiceParam;

/** A value a parameter cannot take, or a parameter the method does not have. */
export interface ParamIssue {
  readonly param: string;
  readonly message: string;
}

/**
 * The range of every alpha (a one-sided level): above 0 but not so small that 1 - alpha rounds to 1, and at most
 * 0.5, past which an "upper" bound would sit below the expected count.
 */
export const ALPHA_RANGE = { min: 1e-12, max: 0.5 } as const;

/** Parameter values that failed their checks. */
export interface InvalidParams {
  readonly kind: 'invalid-params';
  readonly issues: readonly ParamIssue[];
}

/** Returns every parameter's value (the given one, else the default), or every issue with the given ones. */
export function resolveParams(
  specs: readonly ParamSpec[],
  given: ParamValues = {},
): { readonly kind: 'ok'; readonly values: ParamValues } | InvalidParams {
  const issues: ParamIssue[] = Object.keys(given)
    .filter((name) => !specs.some((spec) => spec.name === name))
    .map((name) => ({ param: name, message: unknownParamMessage(specs) }));
  const values: Record<string, ParamValue> = {};
  for (const spec of specs) {
    const value = Object.hasOwn(given, spec.name) ? (given[spec.name] ?? null) : spec.default;
    const problem = checkParam(spec, value);
    if (problem === null) values[spec.name] = value;
    else issues.push({ param: spec.name, message: problem });
  }
  return issues.length > 0 ? { kind: 'invalid-params', issues } : { kind: 'ok', values };
}

/** Returns null when the parameter can take the value, else what is wrong with it (`shown`: the value as typed). */
export function checkParam(spec: ParamSpec, value: ParamValue, shown = show(value)): string | null {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${shown}`;
    case 'choice':
      return spec.choices.some((choice) => choice.value === value)
        ? null
        : `expected one of ${spec.choices.map((c) => c.value).join(', ')}, got ${shown}`;
    case 'integer':
    case 'number':
      if (value === null)
        return spec.nullLabel === undefined ? `expected ${describeRange(spec)}, got nothing` : null;
      if (typeof value !== 'number' || !Number.isFinite(value) || !inRange(spec, value))
        return `expected ${describeRange(spec)}, got ${shown}`;
      return spec.type === 'integer' && !Number.isInteger(value)
        ? `expected ${describeRange(spec)}, got ${shown}`
        : null;
  }
}

/** Returns the value a parameter takes from text (a command-line or URL value), or what is wrong with the text. */
export function parseParam(
  spec: ParamSpec,
  text: string,
): { readonly kind: 'ok'; readonly value: ParamValue } | ({ readonly kind: 'invalid-param' } & ParamIssue) {
  const trimmed = text.trim();
  let value: ParamValue = trimmed;
  if (spec.type === 'boolean') {
    const lower = trimmed.toLowerCase();
    value = lower === 'true' ? true : lower === 'false' ? false : trimmed;
  } else if (spec.type === 'integer' || spec.type === 'number') {
    if (spec.nullLabel !== undefined && (trimmed === '' || trimmed.toLowerCase() === 'null')) value = null;
    else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) value = Number(trimmed);
  }
  // A number is quoted as typed: 9007199254740993 would otherwise show as the double it rounds to.
  const problem = checkParam(spec, value, typeof value === 'number' ? trimmed : show(value));
  return problem === null
    ? { kind: 'ok', value }
    : { kind: 'invalid-param', param: spec.name, message: problem };
}

/** Returns the allowed values in words, e.g. "a whole number from 3 to 365" or "a number > 0 and < 1"; `why` follows the bounds. */
export function describeRange(spec: NumberParam, why?: string): string {
  const what = spec.type === 'integer' ? 'a whole number' : 'a number';
  const low = spec.min === undefined ? null : `${spec.minExclusive ? '>' : '>='} ${spec.min}`;
  const high = spec.max === undefined ? null : `${spec.maxExclusive ? '<' : '<='} ${spec.max}`;
  const bounds = [low, high].filter((part) => part !== null).join(' and ');
  const because = why === undefined ? '' : ` (${why})`;
  const orNull = spec.nullLabel === undefined ? '' : ` (or null: ${spec.nullLabel})`;
  return `${what}${bounds === '' ? '' : ` ${bounds}`}${because}${orNull}`;
}

function inRange(spec: NumberParam, value: number): boolean {
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min)) return false;
  return !(spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max));
}

function unknownParamMessage(specs: readonly ParamSpec[]): string {
  const known = specs.map((spec) => spec.name);
  return known.length === 0
    ? `unknown parameter; this method takes none`
    : `unknown parameter; this method takes ${known.join(', ')}`;
}

function show(value: ParamValue): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}
