import { CliError } from './cliError';

/** The options a command takes: each `--name value` (or `--name=value`), repeatable or not. */
export interface FlagSpec {
  readonly name: string;
  readonly repeatable?: boolean;
}

/** Parsed options: every value given for each option, in order. */
export type Flags = ReadonlyMap<string, readonly string[]>;

/** Returns the options in argv (`--name value` or `--name=value`), refusing unknown, repeated or empty ones. */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], command: string): Flags {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new CliError(`${command}: unexpected argument “${arg}”`);
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    const spec = specs.find((s) => s.name === name);
    if (spec === undefined)
      throw new CliError(
        `${command}: unknown option --${name} (options: ${specs.map((s) => `--${s.name}`).join(', ')})`,
      );
    let value: string;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError(`${command}: --${name} needs a value`);
      value = next;
      i++;
    }
    const values = flags.get(name) ?? [];
    if (values.length > 0 && !spec.repeatable)
      throw new CliError(`${command}: --${name} given more than once`);
    flags.set(name, [...values, value]);
  }
  return flags;
}

/** Returns the one value of an option, or undefined when it was not given. */
export function flagValue(flags: Flags, name: string): string | undefined {
  return flags.get(name)?.[0];
}

/** Returns the one value of an option that must be given. */
export function requiredFlag(flags: Flags, name: string, command: string): string {
  const value = flagValue(flags, name);
  if (value === undefined) throw new CliError(`${command}: --${name} is required`);
  return value;
}

/** Returns a number option parsed strictly (the whole text must be a decimal number). */
export function numberFlag(flags: Flags, name: string, command: string): number | undefined {
  const text = flagValue(flags, name);
  if (text === undefined) return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()))
    throw new CliError(`${command}: --${name} must be a number, got “${text}”`);
  return Number(text);
}
