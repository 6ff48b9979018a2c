import gammainc from '@stdlib/math-base-special-gammainc';
import gammaincinv from '@stdlib/math-base-special-gammaincinv';

/** Returns P(X >= observed) for X ~ Poisson(expected): the exact one-sided upper tail. */
export function poissonUpperTail(observed: number, expected: number): number {
  assertCount(observed, 'observed');
  assertPositive(expected, 'expected');
  if (observed === 0) return 1;
  // P(X >= k) = P(Gamma(k, 1) <= lambda), the regularised lower incomplete gamma.
  return gammainc(expected, observed);
}

/** Returns the exact (Garwood) two-sided interval for a Poisson mean, given one observed count. */
export function garwoodInterval(observed: number, confidence = 0.95): { lower: number; upper: number } {
  assertCount(observed, 'observed');
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const alpha = 1 - confidence;
  const lower = observed === 0 ? 0 : gammaincinv(alpha / 2, observed);
  const upper = gammaincinv(1 - alpha / 2, observed + 1);
  return { lower, upper };
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
}

function assertPositive(value: number, name: string): void {
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}
