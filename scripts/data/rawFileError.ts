/** A raw input that does not look as expected: names the file, the line and the field. */
export class RawFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}${line === null ? '' : `, line ${line}`}, field ${field}: ${detail}`);
    this.name = 'RawFileError';
  }
}
