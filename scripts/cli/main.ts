import { CliError, EXIT_BAD_INPUT } from './cliError';
import { detectCommand } from './detect';
import type { CliIo } from './io';
import { spikeCommand } from './spike';
import { usageText } from './usage';

/** Runs the `backlash` command line on argv (without node and the script) and returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || argv.includes('--help') || argv.includes('-h')) {
    (command === undefined ? io.stderr : io.stdout)(usageText());
    return command === undefined ? EXIT_BAD_INPUT : 0;
  }
  try {
    switch (command) {
      case 'detect':
        return detectCommand(rest, io);
      case 'spike':
        return spikeCommand(rest, io);
      default:
        throw new CliError(`unknown command “${command}” (commands: detect, spike; see --help)`);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`backlash: ${error.message.replaceAll('\n', '\nbacklash: ')}\n`);
    return EXIT_BAD_INPUT;
  }
}
