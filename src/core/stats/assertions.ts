/** Throws a RangeError unless the value is a whole number of 0 or more. */
export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
}

/** Throws a RangeError unless the value is a finite number above 0. */
export function assertPositive(value: number, name: string): void {
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}
