import betainc from '@stdlib/math-base-special-betainc';

/** Returns the two-sided p-value 2 P(T > |t|) for Student's t with `df` degrees of freedom (R's 2 * pt(-|t|, df)). */
export function studentTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  // As R's pt: take the incomplete beta on the side whose argument keeps its precision.
  return df > t2 ? betainc(t2 / (df + t2), 0.5, df / 2, true, true) : betainc(df / (df + t2), df / 2, 0.5);
}
