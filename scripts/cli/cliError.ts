/** Bad input on the command line or in an input file: the CLI prints the message and exits with code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The exit code for bad input (unknown command, method or parameter, bad value, unreadable file, bad row). */
export const EXIT_BAD_INPUT = 2;
