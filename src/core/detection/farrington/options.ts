/** The threshold of `farringtonFlexible`: Farrington's power-transformed normal, or Noufaily's negative binomial. */
export type FarringtonThresholdMethod = 'delta' | 'nbPlugin' | 'muan';

/** The power transformation of the 'delta' threshold (R's `powertrans`). */
export type FarringtonPowerTransform = '2/3' | '1/2' | 'none';

/** Options of `farringtonFlexible`, named and defaulted as in `surveillance::farringtonFlexible`'s `control`. */
export interface FarringtonOptions {
  /** Rows per season cycle: 52 weekly, 7 daily with the week as season, 365 daily with the year, 12 monthly. */
  readonly freq: number;
  /** 0-based first monitored row (R's `range[1] - 1`). Default: freq * b + w, R's default range. */
  readonly start?: number;
  /** 0-based end of monitoring, exclusive. Default: the series length. */
  readonly end?: number;
  /** Past cycles (years, or weeks for freq 7) in the reference. Default 5. */
  readonly b?: number;
  /** Half-width of the reference window around each past time point. Default 3. */
  readonly w?: number;
  /** Down-weight outlying reference counts by their Anscombe residuals. Default true. */
  readonly reweight?: boolean;
  /** Anscombe residuals above this are down-weighted. Default 2.58. */
  readonly weightsThreshold?: number;
  /** One-sided level of the threshold. Default 0.05. */
  readonly alpha?: number;
  /** Try a linear time trend (kept only if significant and not extrapolating, and b >= 3). Default true. */
  readonly trend?: boolean;
  /** Level at which the trend counts as significant. Default 0.05. */
  readonly pThresholdTrend?: number;
  /** [cases, periods]: alarm only if the last `periods` rows hold at least `cases` counts. Default [5, 4]. */
  readonly limit54?: readonly [number, number];
  /** Default '2/3'. */
  readonly powertrans?: FarringtonPowerTransform;
  /** Only R's 'algo.farrington.fitGLM.flexible' exists. */
  readonly fitFun?: 'algo.farrington.fitGLM.flexible';
  /** Levels of the seasonal factor; 1 = no factor (the original Farrington method). Default 1. */
  readonly noPeriods?: number;
  /** Recent rows (besides the monitored one) left out of the fit. Default: w. */
  readonly pastWeeksNotIncluded?: number;
  /** Default 'delta'. */
  readonly thresholdMethod?: FarringtonThresholdMethod;
}

/** The options with every default filled in. */
export interface ResolvedFarringtonOptions {
  readonly freq: number;
  readonly b: number;
  readonly w: number;
  readonly reweight: boolean;
  readonly weightsThreshold: number;
  readonly alpha: number;
  readonly trend: boolean;
  readonly pThresholdTrend: number;
  readonly limit54: readonly [number, number];
  readonly powertrans: FarringtonPowerTransform;
  readonly noPeriods: number;
  readonly pastWeeksNotIncluded: number;
  readonly thresholdMethod: FarringtonThresholdMethod;
}

/** Returns the options with R's defaults filled in, refusing values R would refuse or misuse. */
export function resolveFarringtonOptions(options: FarringtonOptions): ResolvedFarringtonOptions {
  const b = options.b ?? 5;
  const w = options.w ?? 3;
  const resolved: ResolvedFarringtonOptions = {
    freq: options.freq,
    b,
    w,
    reweight: options.reweight ?? true,
    weightsThreshold: options.weightsThreshold ?? 2.58,
    alpha: options.alpha ?? 0.05,
    trend: options.trend ?? true,
    pThresholdTrend: options.pThresholdTrend ?? 0.05,
    limit54: options.limit54 ?? [5, 4],
    powertrans: options.powertrans ?? '2/3',
    noPeriods: options.noPeriods ?? 1,
    pastWeeksNotIncluded: options.pastWeeksNotIncluded ?? w,
    thresholdMethod: options.thresholdMethod ?? 'delta',
  };
  const wholeAtLeast = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min)
      throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
  };
  wholeAtLeast('freq', resolved.freq, 1);
  wholeAtLeast('b', b, 1);
  wholeAtLeast('w', w, 0);
  wholeAtLeast('noPeriods', resolved.noPeriods, 1);
  wholeAtLeast('pastWeeksNotIncluded', resolved.pastWeeksNotIncluded, 0);
  const [cases, periods] = resolved.limit54;
  if (!(cases >= 0 && Number.isInteger(periods) && periods > 0))
    throw new RangeError('The limit54 arguments are out of bounds: cases >= 0 and period > 0.');
  if (!(resolved.alpha > 0 && resolved.alpha < 1))
    throw new RangeError(`alpha must be in (0, 1), got ${resolved.alpha}`);
  if (options.fitFun !== undefined && options.fitFun !== 'algo.farrington.fitGLM.flexible')
    throw new RangeError(`unknown fitFun ${String(options.fitFun)}`);
  return resolved;
}
