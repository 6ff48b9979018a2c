// Number and date labels of a figure, written the same in every environment (no locale-dependent formatting).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Returns a number with comma thousands separators and at most `digits` decimals, e.g. "12,053" or "2.5". */
export function groupThousands(value: number, digits = 0): string {
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${trimmed === '' ? '' : `.${trimmed}`}`;
}

/** Returns a value as the figure prints it: a count ("1,234") or a share in per cent ("2.5%"). */
export function formatValue(value: number, unit: 'count' | 'percent'): string {
  if (unit === 'count') return groupThousands(value, value % 1 === 0 ? 0 : 1);
  return `${groupThousands(value, value < 10 ? 1 : 0)}%`;
}

/** Returns the short English name of a month number 1..12. */
export function shortMonth(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
  return name;
}

/** Returns a period as a reader says it: "12 Sep 2001", "week of 10 Sep 2001", "Sep 2001" or "2001". */
export function formatPeriod(period: string, resolution: 'day' | 'week' | 'month' | 'year'): string {
  const [year, month, day] = period.split('-');
  if (resolution === 'year' || month === undefined) return year ?? period;
  if (resolution === 'month' || day === undefined) return `${shortMonth(Number(month))} ${year}`;
  const text = `${Number(day)} ${shortMonth(Number(month))} ${year}`;
  return resolution === 'week' ? `week of ${text}` : text;
}
