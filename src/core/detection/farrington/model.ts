// R's algo.farrington.fitGLM.flexible and algo.farrington.glm: fit, reweight, keep or drop the trend, predict.

import type { ReferenceData } from './blocks';
import type { GlmWorkspace } from './glm';
import { fitQuasiPoisson, leverage, predictAt } from './glm';
import { studentTwoSidedP } from './studentT';
import { exp, pow } from '../../math/elementary';

const EPS = 2.220446049250313e-16;

/** What the model settles on for one monitored row. */
export interface ModelPrediction {
  /** Linear predictor at the monitored row, and its standard error with R's summary dispersion. */
  readonly eta: number;
  readonly seLink: number;
  /** max(dispersion, 1) of the final model (R's phi). */
  readonly phi: number;
  /** Whether the trend was kept, and its coefficient per row (NaN when dropped). */
  readonly doTrend: boolean;
  readonly trendCoef: number;
}

/** What the model needs of the options. */
export interface ModelOptions {
  readonly b: number;
  readonly trend: boolean;
  readonly reweight: boolean;
  readonly weightsThreshold: number;
  readonly pThresholdTrend: number;
  readonly noPeriods: number;
}

/** Scratch for the design: the column of each factor level and the prediction row. */
export interface DesignScratch {
  readonly levelCount: Int32Array;
  readonly levelColumn: Int32Array;
  readonly x0: Float64Array;
}

/** Returns design scratch for a factor of `noPeriods` levels. */
export function designScratch(noPeriods: number): DesignScratch {
  return {
    levelCount: new Int32Array(noPeriods + 1),
    levelColumn: new Int32Array(noPeriods + 1),
    x0: new Float64Array(noPeriods + 2),
  };
}

/**
 * Returns the prediction for the monitored row (at time 0 and level noPeriods) of R's final model,
 * or null when the GLM converges neither with nor without the trend (or its design is singular).
 */
export function predictMonitoredRow(
  ws: GlmWorkspace,
  data: ReferenceData,
  scratch: DesignScratch,
  options: ModelOptions,
): ModelPrediction | null {
  let withTrend = fitFlexible(ws, data, scratch, options.trend, options);
  // R's predict.glm stops when the current season's level has no reference count.
  if (withTrend === null || scratch.levelCount[options.noPeriods] === 0) return null;
  let doTrend = false;
  let trendCoef = NaN;
  if (withTrend) {
    const { eta, unscaledVariance } = predictAt(ws, scratch.x0);
    const fit = Math.max(exp(eta), EPS);
    const se = Math.sqrt(ws.reportedDispersion * (ws.inverse[1 * ws.p + 1] as number));
    const significant = studentTwoSidedP((ws.coef[1] as number) / se, ws.df) < options.pThresholdTrend;
    let maxResponse = -Infinity;
    for (let i = 0; i < data.n; i++) maxResponse = Math.max(maxResponse, data.y[i] as number);
    doTrend = options.b >= 3 && significant && fit <= maxResponse && Number.isFinite(unscaledVariance);
    if (doTrend) trendCoef = ws.coef[1] as number;
    else {
      withTrend = fitFlexible(ws, data, scratch, false, options);
      if (withTrend === null) return null;
    }
  }
  const { eta, unscaledVariance } = predictAt(ws, scratch.x0);
  const phi = Math.max(ws.dispersion, 1);
  return { eta, seLink: Math.sqrt(unscaledVariance * ws.reportedDispersion), phi, doTrend, trendCoef };
}

/**
 * R's fitGLM.flexible: fits with the trend if asked (without it if that fails to converge), then refits
 * with Anscombe-residual weights. Returns whether the fitted model has the trend, or null on failure.
 */
function fitFlexible(
  ws: GlmWorkspace,
  data: ReferenceData,
  scratch: DesignScratch,
  trend: boolean,
  options: ModelOptions,
): boolean | null {
  let withTrend = trend;
  loadDesign(ws, data, scratch, withTrend, options.noPeriods);
  if (!fitQuasiPoisson(ws)) {
    if (!withTrend) return null;
    withTrend = false;
    loadDesign(ws, data, scratch, withTrend, options.noPeriods);
    if (!fitQuasiPoisson(ws)) return null;
  }
  if (!options.reweight) return withTrend;
  const phi = Math.max(ws.dispersion, 1);
  // Anscombe residuals, then R's algo.farrington.assign.weights; written to z and then to prior.
  let denominator = 0;
  for (let i = 0; i < ws.n; i++) {
    const y = ws.y[i] as number;
    const mu = ws.mu[i] as number;
    const a = 1.5 * (pow(y, 2 / 3) * pow(mu, -1 / 6) - Math.sqrt(mu));
    const s = a / Math.sqrt(phi * (1 - leverage(ws, i)));
    ws.z[i] = s;
    denominator += s > options.weightsThreshold ? pow(s, -2) : 1;
  }
  const gamma = ws.n / denominator;
  for (let i = 0; i < ws.n; i++) {
    const s = ws.z[i] as number;
    ws.prior[i] = s > options.weightsThreshold ? gamma * pow(s, -2) : gamma;
  }
  fitQuasiPoisson(ws);
  // R then overwrites model$weights with the prior weights, so summary() and predict() take the
  // dispersion as sum(omega * ((y - mu) / mu)^2) / df, without the working weights' factor mu.
  let weighted = 0;
  for (let i = 0; i < ws.n; i++) {
    const omega = ws.prior[i] as number;
    if (!(omega > 0)) continue;
    const mu = ws.mu[i] as number;
    const residual = ((ws.y[i] as number) - mu) / Math.max(exp(ws.eta[i] as number), EPS);
    weighted += omega * residual * residual;
  }
  ws.reportedDispersion = ws.df > 0 ? weighted / ws.df : NaN;
  return withTrend;
}

/** Writes the design (intercept, trend, one column per factor level but the first present) and x0. */
function loadDesign(
  ws: GlmWorkspace,
  data: ReferenceData,
  scratch: DesignScratch,
  withTrend: boolean,
  noPeriods: number,
): void {
  const { levelCount, levelColumn, x0 } = scratch;
  levelCount.fill(0);
  for (let i = 0; i < data.n; i++) {
    const level = data.level[i] as number;
    levelCount[level] = (levelCount[level] ?? 0) + 1;
  }
  let p = withTrend ? 2 : 1;
  let baseline = true;
  for (let level = 1; level <= noPeriods; level++) {
    levelColumn[level] = -1;
    if (levelCount[level] === 0) continue;
    if (baseline) baseline = false;
    else levelColumn[level] = p++;
  }
  ws.n = data.n;
  ws.p = p;
  ws.x.fill(0, 0, data.n * p);
  for (let i = 0; i < data.n; i++) {
    ws.x[i * p] = 1;
    if (withTrend) ws.x[i * p + 1] = data.time[i] as number;
    const column = levelColumn[data.level[i] as number] as number;
    if (column > 0) ws.x[i * p + column] = 1;
    ws.y[i] = data.y[i] as number;
    ws.prior[i] = 1;
  }
  x0.fill(0);
  x0[0] = 1;
  const current = levelColumn[noPeriods] as number;
  if (current > 0) x0[current] = 1;
}
