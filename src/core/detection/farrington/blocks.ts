// The reference data of one monitored row: R's blocks() and algo.farrington.data.glm.

/** The reference counts of one monitored row, held in reusable typed arrays. */
export interface ReferenceData {
  /** Counts in the fit (rows with a missing count are left out, as R's dataGLM). */
  n: number;
  y: Float64Array;
  /** R's wtime, shifted so that the monitored row is at 0 (a shift leaves every fitted value unchanged). */
  time: Float64Array;
  /** R's seasgroups: the seasonal factor level, 1 .. noPeriods (noPeriods = the current season). */
  level: Int32Array;
  /** Scratch: the factor level of each row of the span (0 = none, R's NA). */
  factors: Int32Array;
}

/** Returns empty reference data able to hold `capacity` rows (it grows when needed). */
export function referenceData(capacity: number): ReferenceData {
  return {
    n: 0,
    y: new Float64Array(capacity),
    time: new Float64Array(capacity),
    level: new Int32Array(capacity),
    factors: new Int32Array(capacity),
  };
}

/** What `fillReferenceData` needs of the options. */
export interface BlockOptions {
  readonly b: number;
  readonly w: number;
  readonly noPeriods: number;
  readonly pastWeeksNotIncluded: number;
}

/**
 * Fills `data` with the reference counts of row t, given its reference rows `refs` (refs[0] = t, then
 * one per past cycle, most recent first), and returns true; false when a window starts before the
 * series. `time[row]` is R's wtime of each row. Follows R's blocks(): windows of 2w + 1 rows around
 * each reference point (w + 1 ending at t) get level noPeriods; with noPeriods > 1 the rows between
 * windows are cut into noPeriods - 1 blocks, levels 1 .. noPeriods - 1, the first ones one row longer.
 * Rows t - pastWeeksNotIncluded .. t are then dropped.
 */
export function fillReferenceData(
  data: ReferenceData,
  counts: Float64Array,
  time: Float64Array,
  refs: Int32Array,
  t: number,
  options: BlockOptions,
): boolean {
  const { b, w, noPeriods: p } = options;
  const oldest = refs[b] ?? 0;
  // R silently drops a window row at index 0 (1-based) but stops on a negative one.
  if (oldest - w < -1) return false;
  const lo = Math.max(0, oldest - w);
  const span = t - lo + 1;
  if (data.factors.length < span) grow(data, span);
  const factors = data.factors;
  factors.fill(0, 0, span);
  // R's `from:to <- value`, which runs backwards (and so covers two rows) when to < from.
  const assign = (from: number, to: number, value: number) => {
    const step = to >= from ? 1 : -1;
    for (let row = from; ; row += step) {
      if (row >= lo && row <= t) factors[row - lo] = value;
      if (row === to) break;
    }
  };
  assign(t - w, t, p);
  for (let i = 1; i <= b; i++) {
    const ref = refs[i] ?? 0;
    assign(ref - w, ref + w, p);
    if (p === 1) continue;
    const period = (refs[i - 1] ?? 0) - 2 * w - 1 - ref;
    if (period < p - (2 * w + 1)) throw new RangeError('Number of factors too big!');
    const length = Math.floor(period / (p - 1));
    const rest = period % (p - 1);
    let offset = 0;
    for (let j = 1; j <= p - 1; j++) {
      const blockLength = length + (j <= rest ? 1 : 0);
      assign(ref + w + 1 + offset, ref + w + 1 + offset + blockLength - 1, j);
      offset += blockLength;
    }
  }
  for (let row = Math.max(lo, t - options.pastWeeksNotIncluded); row <= t; row++) factors[row - lo] = 0;

  let n = 0;
  const origin = time[t] ?? 0;
  for (let row = lo; row <= t; row++) {
    const level = factors[row - lo] ?? 0;
    const y = counts[row] ?? NaN;
    if (level === 0 || Number.isNaN(y)) continue;
    data.y[n] = y;
    data.time[n] = (time[row] ?? NaN) - origin;
    data.level[n] = level;
    n++;
  }
  data.n = n;
  return true;
}

function grow(data: ReferenceData, span: number): void {
  data.y = new Float64Array(span);
  data.time = new Float64Array(span);
  data.level = new Int32Array(span);
  data.factors = new Int32Array(span);
}
