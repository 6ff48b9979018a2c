/** Returns the count at an index (null when missing or before the series), refusing a negative or infinite one. */
export function checkedCount(counts: readonly (number | null)[], index: number): number | null {
  const value = counts[index];
  if (value === null || value === undefined) return null;
  if (!(Number.isFinite(value) && value >= 0))
    throw new RangeError(`count ${index} must be a finite number >= 0 or null, got ${value}`);
  return value;
}
