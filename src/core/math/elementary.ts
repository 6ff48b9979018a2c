// The elementary functions the statistics use, computed in JavaScript (stdlib's ports of FreeBSD's msun) rather
// than by the engine's Math, whose exp, log and pow differ in the last bits between V8 versions. With these, and
// + − × ÷ √ (exact in every engine), Node and every browser compute the same bits, so the page's downloads and the
// command line's files are the same bytes.
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibLog1p from '@stdlib/math-base-special-log1p';
import stdlibPow from '@stdlib/math-base-special-pow';

/** Returns e to the power x. */
export const exp: (x: number) => number = stdlibExp;

/** Returns the natural logarithm of x. */
export const log: (x: number) => number = stdlibLn;

/** Returns log(1 + x), accurate for small x. */
export const log1p: (x: number) => number = stdlibLog1p;

/** Returns base to the power exponent. */
export const pow: (base: number, exponent: number) => number = stdlibPow;
