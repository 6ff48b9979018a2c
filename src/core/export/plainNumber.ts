/**
 * Returns a finite number as plain decimal text, never in exponent notation: JavaScript's shortest round-trip
 * digits (`String(n)`), so `Number(plainNumber(n)) === n`. Between 1e-6 and 1e21 in size this is `String(n)`
 * itself (0.000123, 6042, 0.1 + 0.2 = 0.30000000000000004); outside it the same digits are written out in
 * full (1e-7 is 0.0000001, 1e21 is 1000000000000000000000). −0 is written 0, as `String` writes it.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`plainNumber: not a finite number (${String(n)})`);
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', lead = '', rest = '', exponentText = '0'] = match;
  const digits = `${lead}${rest}`;
  const exponent = Number(exponentText);
  // The decimal point sits after `exponent + 1` of the digits (before them when that is 0 or less).
  const point = exponent + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
}
