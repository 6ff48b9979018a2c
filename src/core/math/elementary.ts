// The elementary functions the statistics use, computed with + − × ÷ alone (which every engine rounds the same
// way, IEEE 754) rather than by the engine's Math, whose exp, log and pow differ in their last bits between V8
// versions: Node and every browser then compute the same bits, so the page's downloads and the command line's
// files are the same bytes. exp and log follow fdlibm (FreeBSD's msun), with powers of two from a table instead of
// bit manipulation; they are within one unit in the last place.

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const SQRT2 = 1.4142135623730951;

/** 2^k for k from −1074 to 1023, by exact halving and doubling. */
const POW2 = (() => {
  const table = new Float64Array(2098);
  table[1074] = 1;
  for (let k = 1; k <= 1023; k++) table[1074 + k] = (table[1073 + k] as number) * 2;
  for (let k = 1; k <= 1074; k++) table[1074 - k] = (table[1075 - k] as number) / 2;
  return table;
})();

function pow2(k: number): number {
  return POW2[1074 + k] as number;
}

/** Returns e to the power x. */
export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019411) return 0;
  if (Math.abs(x) < 2 ** -28) return 1 + x;
  const k = Math.round(x * INV_LN2);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c =
    r -
    t *
      (1.66666666666666019037e-1 +
        t *
          (-2.77777777770155933842e-3 +
            t *
              (6.61375632143793436117e-5 + t * (-1.6533902205465251539e-6 + t * 4.13813679705723846039e-8))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // 2^k may leave the normal range at the ends: split it in two exact powers.
  if (k > 1023) return y * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return y * pow2(k + 1022) * pow2(-1022);
  return y * pow2(k);
}

/** Returns the natural logarithm of x. */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  // x = 2^k · m with m in [√2/2, √2): k by binary search over the table (exact scaling by a power of two).
  let low = -1074;
  let high = 1023;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pow2(middle) <= x) low = middle;
    else high = middle - 1;
  }
  let k = low;
  let m = k < -1022 ? x * pow2(-k - 52) * pow2(52) : x / pow2(k);
  if (m >= SQRT2) {
    m /= 2;
    k++;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (3.999999999940941908e-1 + w * (2.222219843214978396e-1 + w * 1.531383769920937332e-1));
  const t2 =
    z *
    (6.66666666666673513e-1 +
      w * (2.857142874366239149e-1 + w * (1.818357216161805012e-1 + w * 1.479819860511658591e-1)));
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + t2 + t1) + k * LN2_LO) - f);
}

/** Returns log(1 + x), accurate for small x (Goldberg's correction of log(u) by x / (u − 1)). */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return Infinity;
  return (log(u) * x) / (u - 1);
}

/** Returns base to the power exponent: whole powers by squaring, square roots exactly, else exp(y · log x). */
export function pow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (exponent === 1) return base;
  if (exponent === 2) return base * base;
  if (exponent === 0.5 && base >= 0) return Math.sqrt(base);
  if (Number.isNaN(base) || Number.isNaN(exponent)) return NaN;
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  if (Number.isInteger(exponent) && Math.abs(exponent) <= 64) {
    // Whole powers by repeated squaring: exact for small results, within a few units in the last place.
    let result = 1;
    let square = base;
    for (let n = Math.abs(exponent); n > 0; n = Math.floor(n / 2)) {
      if (n % 2 === 1) result *= square;
      square *= square;
    }
    return exponent > 0 ? result : 1 / result;
  }
  if (base < 0) {
    if (!Number.isInteger(exponent)) return NaN;
    const magnitude = exp(exponent * log(-base));
    return Math.abs(exponent % 2) === 1 ? -magnitude : magnitude;
  }
  return exp(exponent * log(base));
}
