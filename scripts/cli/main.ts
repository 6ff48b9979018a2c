import { CliError, EXIT_BAD_INPUT } from './cliError';
import { detectCommand } from './detect';
import { figureCommand } from './figure';
import { escapeUnprintable } from './inputLimits';
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

/**
 * Prints what went wrong and returns exit code 2: a CliError's lines each after `backlash:`, any other error (a
 * RangeError or TypeError of the core) as one line `backlash: <command>: could not complete: <message>`, never a
 * stack; unprintable characters (terminal codes) escaped in both.
 */
function report(command: string, error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    // Escaped line by line: a path or an argument may hold terminal codes too, not only a cell of the file.
    const lines = error.message.split('\n').map((line) => `backlash: ${escapeUnprintable(line)}\n`);
    io.stderr(lines.join(''));
    return EXIT_BAD_INPUT;
  }
  io.stderr(
    `backlash: ${escapeUnprintable(`${oneLine(command)}: could not complete: ${oneLine(messageOf(error))}`)}\n`,
  );
  return EXIT_BAD_INPUT;
}

const MAX_MESSAGE_CHARS = 500;

function messageOf(error: unknown): string {
  try {
    if (!(error instanceof Error)) return String(error);
    const message = `${error.message}`;
    return error.name === 'Error' ? message : `${error.name}: ${message}`;
  } catch {
    return 'an error that cannot be shown';
  }
}

/** Returns the text on one line (line breaks and tabs as spaces) and at most 500 characters long (then "…"). */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  return flat.length > MAX_MESSAGE_CHARS ? `${flat.slice(0, MAX_MESSAGE_CHARS)}…` : flat;
}
