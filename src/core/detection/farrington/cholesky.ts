// Small dense symmetric positive-definite solves (p x p, row-major) for the IRLS steps.

/** Writes the Cholesky factor L of the p x p matrix a into l; returns false when a pivot is not clearly positive. */
export function cholesky(a: Float64Array, l: Float64Array, p: number): boolean {
  l.fill(0, 0, p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j] as number;
    for (let k = 0; k < j; k++) d -= (l[j * p + k] as number) * (l[j * p + k] as number);
    // R's QR drops a column whose remaining norm is below 1e-11 of its own: here, the pivot below 1e-22.
    if (!(d > 1e-22 * (a[j * p + j] as number))) return false;
    const root = Math.sqrt(d);
    l[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = s / root;
    }
  }
  return true;
}

/** Writes (L L')^-1 into `inverse`, given the Cholesky factor l (li is p x p scratch). */
export function invertCholesky(l: Float64Array, li: Float64Array, inverse: Float64Array, p: number): void {
  // Invert L, then inverse = L^-T L^-1.
  li.fill(0, 0, p * p);
  for (let j = 0; j < p; j++) {
    li[j * p + j] = 1 / (l[j * p + j] as number);
    for (let i = j + 1; i < p; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= (l[i * p + k] as number) * (li[k * p + j] as number);
      li[i * p + j] = s / (l[i * p + i] as number);
    }
  }
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < p; k++) s += (li[k * p + i] as number) * (li[k * p + j] as number);
      inverse[i * p + j] = s;
      inverse[j * p + i] = s;
    }
}

/** Solves L L' x = rhs for x, given the Cholesky factor l. */
export function solveCholesky(l: Float64Array, rhs: Float64Array, x: Float64Array, p: number): void {
  for (let j = 0; j < p; j++) {
    let s = rhs[j] as number;
    for (let k = 0; k < j; k++) s -= (l[j * p + k] as number) * (x[k] as number);
    x[j] = s / (l[j * p + j] as number);
  }
  for (let j = p - 1; j >= 0; j--) {
    let s = x[j] as number;
    for (let k = j + 1; k < p; k++) s -= (l[k * p + j] as number) * (x[k] as number);
    x[j] = s / (l[j * p + j] as number);
  }
}
