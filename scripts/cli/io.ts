/** Where a command writes: standard output and standard error (injected so tests can capture them). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
