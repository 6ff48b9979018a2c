import { parseParam } from '../../src/core/detection/params';
import { SPIKE_INPUTS } from '../../src/core/stats/spikeInputs';
import { spikeTest } from '../../src/core/stats/spikeTest';
import { flagValue, parseFlags } from './args';
import { CliError } from './cliError';
import type { CliIo } from './io';

/** `backlash spike`: prints the spike test of one count against an expected value as JSON. */
export function spikeCommand(argv: readonly string[], io: CliIo): number {
  const flags = parseFlags(
    argv,
    SPIKE_INPUTS.map((spec) => ({ name: spec.name })),
    'spike',
  );
  // Each option checked against its range in src/core (SPIKE_INPUTS); a number without a default is required.
  const option = (name: string): number | null => {
    const spec = SPIKE_INPUTS.find((s) => s.name === name);
    if (spec === undefined || (spec.type !== 'integer' && spec.type !== 'number'))
      throw new Error(`spike has no number option ${name}`);
    const text = flagValue(flags, name);
    if (text === undefined) {
      if (spec.default === null && spec.nullLabel === undefined)
        throw new CliError(`spike: --${name} is required`);
      return spec.default;
    }
    const parsed = parseParam(spec, text);
    if (parsed.kind !== 'ok') throw new CliError(`spike: --${name}: ${parsed.message}`);
    return typeof parsed.value === 'number' ? parsed.value : null;
  };
  const required = (name: string): number => option(name) ?? NaN;
  const dispersion = option('dispersion');
  const test = spikeTest(
    required('observed'),
    required('expected'),
    required('confidence'),
    dispersion === null ? {} : { dispersion },
  );
  io.stdout(`${JSON.stringify(test, null, 2)}\n`);
  return 0;
}
