/** The counts of a window that slides along a series: their sum and number, and, when asked, kept in order. */
export class SlidingWindow {
  private total = 0;
  private count = 0;
  private readonly sorted: number[] | null;

  /** `keepSorted`: keep the values in order too, for a median or a spread (each slide then costs the window). */
  constructor(keepSorted: boolean) {
    this.sorted = keepSorted ? [] : null;
  }

  /** Takes a value into the window; a missing value (null) is only a gap. */
  add(value: number | null): void {
    if (value === null) return;
    this.total += value;
    this.count++;
    this.sorted?.splice(insertionIndex(this.sorted, value), 0, value);
  }

  /** Lets a value (added earlier) leave the window. */
  remove(value: number | null): void {
    if (value === null) return;
    this.total -= value;
    this.count--;
    this.sorted?.splice(insertionIndex(this.sorted, value), 1);
  }

  /** Returns how many values the window holds (missing ones excluded). */
  get used(): number {
    return this.count;
  }

  /** Returns the mean of the values (NaN when there are none). */
  mean(): number {
    return this.total / this.count;
  }

  /** Returns the median of the values; the window must keep them sorted. */
  median(): number {
    const sorted = this.values();
    const middle = Math.floor(sorted.length / 2);
    const upper = sorted[middle] as number;
    return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
  }

  /** Returns the values in ascending order; the window must keep them sorted. */
  values(): readonly number[] {
    if (this.sorted === null) throw new Error('this window does not keep its values');
    return this.sorted;
  }
}

/** Returns the first index of a sorted array whose value is not below `value`. */
function insertionIndex(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
