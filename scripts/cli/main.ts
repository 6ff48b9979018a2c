import { CliError, EXIT_BAD_INPUT } from './cliError';
import { detectCommand } from './detect';
import { figureCommand } from './figure';
import type { CliIo } from './io';
import { spikeCommand } from './spike';
import { usageText } from './usage';

/**
 * Runs the `backlash` command line on argv (without node and the script) and returns the exit code: at once for
 * `detect` and `spike`, as a promise for `figure` (it loads fonts and a WebAssembly rasteriser). Every error is
 * caught here: bad input is a message naming what is wrong and exit code 2, never a stack trace.
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || argv.includes('--help') || argv.includes('-h')) {
    (command === undefined ? io.stderr : io.stdout)(usageText());
    return command === undefined ? EXIT_BAD_INPUT : 0;
  }
  const fail = (error: unknown) => report(command, error, io);
  try {
    switch (command) {
      case 'detect':
        return detectCommand(rest, io);
      case 'spike':
        return spikeCommand(rest, io);
      case 'figure':
        return figureCommand(rest, io).catch(fail);
      default:
        throw new CliError(`unknown command “${command}” (commands: detect, spike, figure; see --help)`);
    }
  } catch (error) {
    return fail(error);
  }
}

/** Prints what went wrong, one `backlash:` line each, and returns exit code 2. */
function report(command: string, error: unknown, io: CliIo): number {
  const message =
    error instanceof CliError
      ? error.message
      : `${command}: could not complete: ${error instanceof Error ? error.message : String(error)}`;
  io.stderr(`backlash: ${message.replaceAll('\n', '\nbacklash: ')}\n`);
  return EXIT_BAD_INPUT;
}
