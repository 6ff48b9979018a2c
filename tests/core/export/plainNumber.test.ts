import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../../src/core/export/plainNumber';

// Expected texts: JavaScript's own String(n) where it writes no exponent (ECMA-262 Number::toString), and the
// same digits written out in full where it does.
const CASES: readonly (readonly [number, string])[] = [
  [0, '0'],
  [-0, '0'],
  [6042, '6042'],
  [-3, '-3'],
  [3.5, '3.5'],
  [0.1 + 0.2, '0.30000000000000004'],
  [0.000123, '0.000123'],
  [1e-6, '0.000001'],
  [-1.5e-6, '-0.0000015'],
  [1e-7, '0.0000001'],
  [1.2345e-7, '0.00000012345'],
  [-2.5e-10, '-0.00000000025'],
  [123456789012345680000, '123456789012345680000'],
  [1e21, '1000000000000000000000'],
  [1.5e21, '1500000000000000000000'],
  [-1.2345e22, '-12345000000000000000000'],
  [Number.MAX_SAFE_INTEGER, '9007199254740991'],
];

describe('plainNumber(n)', () => {
  it.each(CASES)('plainNumber(%s) is %s', (n, text) => {
    expect(plainNumber(n)).toBe(text);
  });

  it('writes the smallest and largest doubles in full, and they read back', () => {
    for (const n of [Number.MIN_VALUE, -Number.MAX_VALUE]) {
      const text = plainNumber(n);
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(n);
    }
  });

  it('never writes an exponent, reads back to the same number, and equals String(n) from 1e-6 to 1e21', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
        if (Math.abs(n) >= 1e-6 && Math.abs(n) < 1e21) expect(text).toBe(String(n));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([NaN, Infinity, -Infinity])('plainNumber(%s) throws a RangeError: it has no decimal form', (n) => {
    expect(() => plainNumber(n)).toThrow(RangeError);
  });
});
