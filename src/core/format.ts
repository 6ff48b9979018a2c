const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Returns a count with thousands separators, e.g. "6,042"; decimals are kept up to `digits`. */
export function formatCount(value: number, digits = 0): string {
  return countFormat(digits).format(value);
}

const COUNT_FORMATS = new Map<number, Intl.NumberFormat>();

/** Returns the number format of counts with up to `digits` decimals, made once: making one costs far more than using it. */
function countFormat(digits: number): Intl.NumberFormat {
  let format = COUNT_FORMATS.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    COUNT_FORMATS.set(digits, format);
  }
  return format;
}

/** Returns a ratio such as "×5.7". */
export function formatRatio(ratio: number, digits = 1): string {
  return `×${ratio.toFixed(digits)}`;
}

/** Returns a signed difference such as "+16.5" or "−7". */
export function formatSigned(value: number, digits = 1): string {
  const text = formatCount(Math.abs(value), digits);
  return value < 0 ? `−${text}` : `+${text}`;
}

/** Returns a probability in scientific notation with superscript exponent, e.g. "1.1 × 10⁻⁹"; plain for >= 0.001. */
export function formatProbability(p: number, digits = 2): string {
  if (p === 0) return '0';
  if (p >= 0.001) return p.toPrecision(digits);
  const [mantissa, exponent] = p.toExponential(digits - 1).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((ch) => SUPERSCRIPT[ch] ?? ch)
    .join('');
  return `${mantissa} × 10${power}`;
}

/** Returns an interval such as "12.2 to 30.9". */
export function formatInterval(interval: { lower: number; upper: number }, digits = 1): string {
  return `${formatCount(interval.lower, digits)} to ${formatCount(interval.upper, digits)}`;
}
