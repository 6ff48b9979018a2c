import { formatCsv } from '../../src/core/csv/formatCsv';
import type { DetectionMethod, ParamValues } from '../../src/core/detection/methods';
import { DETECTION_METHODS, methodNamed } from '../../src/core/detection/methods';
import { parseParam } from '../../src/core/detection/params';
import type { DetectionRow } from '../../src/core/detection/types';
import { emptyRow } from '../../src/core/detection/types';
import { flagValue, parseFlags, requiredFlag } from './args';
import { CliError } from './cliError';
import { type InputProvenance, inputProvenance } from './inputProvenance';
import type { CliIo } from './io';
import { readSeriesCsv } from './readSeriesCsv';

const COLUMNS = ['date', 'observed', 'expected', 'upper', 'alarm', 'statistic', 'pValue'] as const;

/** `backlash detect`: runs one method on a `date,count` CSV file and prints one row per input row. */
export function detectCommand(argv: readonly string[], io: CliIo): number {
  const flags = parseFlags(
    argv,
    [{ name: 'method' }, { name: 'input' }, { name: 'param', repeatable: true }, { name: 'format' }],
    'detect',
  );
  const method = methodFrom(requiredFlag(flags, 'method', 'detect'));
  const format = flagValue(flags, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    throw new CliError(`detect: --format must be csv or json, got “${format}”`);
  const params = paramsFrom(method, flags.get('param') ?? []);
  const input = requiredFlag(flags, 'input', 'detect');
  const series = readSeriesCsv(input);

  const result = method.run(series.counts, series.dates, params);
  let rows: readonly DetectionRow[];
  let used: ParamValues = params;
  switch (result.kind) {
    case 'ok':
      rows = result.rows;
      used = result.params;
      break;
    case 'not-available':
    case 'unsuitable-series':
      throw new CliError(`detect: ${result.message}`);
    case 'invalid-params':
      throw new CliError(result.issues.map((i) => `detect: --param ${i.param}: ${i.message}`).join('\n'));
    case 'insufficient-data':
      io.stderr(
        `note: ${method.name} needs at least ${result.need} rows with counts, the file has ${result.have}; every row is null\n`,
      );
      rows = series.counts.map((count, t) => emptyRow(count, series.dates[t] ?? null));
      break;
    case 'zero-variance':
      io.stderr(`note: ${method.name}: the reference has no spread (its mean is 0); every row is null\n`);
      rows = series.counts.map((count, t) => emptyRow(count, series.dates[t] ?? null));
      break;
  }
  io.stdout(format === 'csv' ? rowsAsCsv(rows) : rowsAsJson(method.name, used, inputProvenance(input), rows));
  return 0;
}

function methodFrom(name: string): DetectionMethod {
  const method = methodNamed(name);
  if (method === undefined)
    throw new CliError(
      `detect: unknown method “${name}” (methods: ${DETECTION_METHODS.map((m) => m.name).join(', ')})`,
    );
  return method;
}

function paramsFrom(method: DetectionMethod, texts: readonly string[]): ParamValues {
  const params: Record<string, ParamValues[string]> = {};
  for (const text of texts) {
    const equals = text.indexOf('=');
    if (equals < 1) throw new CliError(`detect: --param must be name=value, got “${text}”`);
    const name = text.slice(0, equals).trim();
    const spec = method.params.find((p) => p.name === name);
    if (spec === undefined)
      throw new CliError(
        `detect: ${method.name} has no parameter “${name}” (parameters: ${method.params.map((p) => p.name).join(', ') || 'none'})`,
      );
    if (Object.hasOwn(params, name)) throw new CliError(`detect: --param ${name} given more than once`);
    const parsed = parseParam(spec, text.slice(equals + 1));
    if (parsed.kind !== 'ok') throw new CliError(`detect: --param ${name}: ${parsed.message}`);
    params[name] = parsed.value;
  }
  return params;
}

function rowsAsCsv(rows: readonly DetectionRow[]): string {
  return formatCsv(
    COLUMNS,
    rows.map((row) =>
      COLUMNS.map((column) => (typeof row[column] === 'boolean' ? String(row[column]) : row[column])),
    ),
  );
}

function rowsAsJson(
  method: string,
  params: ParamValues,
  input: InputProvenance,
  rows: readonly DetectionRow[],
): string {
  const lines = rows.map(
    (row) => `    ${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]])))}`,
  );
  return (
    `{\n  "method": ${JSON.stringify(method)},\n  "params": ${JSON.stringify(params)},\n` +
    `  "input": ${JSON.stringify(input)},\n` +
    `  "rows": [\n${lines.join(',\n')}\n  ]\n}\n`
  );
}
