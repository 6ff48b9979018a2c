import { spikeTest } from '../../src/core/stats/spikeTest';
import { numberFlag, parseFlags } from './args';
import { CliError } from './cliError';
import type { CliIo } from './io';

/** `backlash spike`: prints the spike test of one count against an expected value as JSON. */
export function spikeCommand(argv: readonly string[], io: CliIo): number {
  const flags = parseFlags(
    argv,
    [{ name: 'observed' }, { name: 'expected' }, { name: 'dispersion' }, { name: 'confidence' }],
    'spike',
  );
  const observed = numberFlag(flags, 'observed', 'spike');
  const expected = numberFlag(flags, 'expected', 'spike');
  const confidence = numberFlag(flags, 'confidence', 'spike') ?? 0.95;
  const dispersion = numberFlag(flags, 'dispersion', 'spike');
  if (observed === undefined || !Number.isInteger(observed) || observed < 0)
    throw new CliError(`spike: --observed must be a whole number of 0 or more`);
  if (expected === undefined || !(Number.isFinite(expected) && expected > 0))
    throw new CliError(`spike: --expected must be a number > 0`);
  if (!(confidence > 0 && confidence < 1)) throw new CliError(`spike: --confidence must be > 0 and < 1`);
  if (dispersion !== undefined && !(Number.isFinite(dispersion) && dispersion >= 1))
    throw new CliError(`spike: --dispersion (phi = variance / mean) must be a number >= 1 (1 = Poisson)`);

  const test = spikeTest(observed, expected, confidence, dispersion === undefined ? {} : { dispersion });
  io.stdout(`${JSON.stringify(test, null, 2)}\n`);
  return 0;
}
