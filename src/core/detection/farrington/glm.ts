// A quasi-Poisson GLM with the log link fitted by IRLS exactly as R's glm.fit iterates it, on a small
// design (intercept, optional trend, seasonal factor columns) held in reusable typed arrays.

import { cholesky, invertCholesky, solveCholesky } from './cholesky';
import { exp, log } from '../../math/elementary';

const EPS = 2.220446049250313e-16;
const MAX_ITERATIONS = 25;
const EPSILON = 1e-8;

/** A fitted (or failed) model and the buffers it was fitted in. */
export interface GlmWorkspace {
  /** Rows and columns of the current design. */
  n: number;
  p: number;
  /** Row-major n x p design, response and prior weights. */
  x: Float64Array;
  y: Float64Array;
  prior: Float64Array;
  /** Fitted linear predictor and mean. */
  eta: Float64Array;
  mu: Float64Array;
  /** Working weights of the last iteration (R's model$weights: computed from the mean before it). */
  working: Float64Array;
  z: Float64Array;
  coef: Float64Array;
  coefOld: Float64Array;
  /** X'WX of the last iteration, then its inverse (R's cov.unscaled). */
  xtwx: Float64Array;
  inverse: Float64Array;
  /** The Cholesky factor of X'WX, and scratch for its inverse. */
  factor: Float64Array;
  scratch: Float64Array;
  rhs: Float64Array;
  converged: boolean;
  /** Residual degrees of freedom: rows with a positive weight minus p. */
  df: number;
  /** R's summary.glm dispersion: sum of working weight x working residual^2, over df. */
  dispersion: number;
  /** The dispersion R's later summary() and predict() see (differs from `dispersion` after reweighting). */
  reportedDispersion: number;
}

/** Returns a workspace for designs of up to `rows` x `cols`. */
export function glmWorkspace(rows: number, cols: number): GlmWorkspace {
  const n = Math.max(1, rows);
  return {
    n: 0,
    p: 0,
    x: new Float64Array(n * cols),
    y: new Float64Array(n),
    prior: new Float64Array(n),
    eta: new Float64Array(n),
    mu: new Float64Array(n),
    working: new Float64Array(n),
    z: new Float64Array(n),
    coef: new Float64Array(cols),
    coefOld: new Float64Array(cols),
    xtwx: new Float64Array(cols * cols),
    inverse: new Float64Array(cols * cols),
    factor: new Float64Array(cols * cols),
    scratch: new Float64Array(cols * cols),
    rhs: new Float64Array(cols),
    converged: false,
    df: 0,
    dispersion: NaN,
    reportedDispersion: NaN,
  };
}

/** The Poisson deviance of the current fit (R's quasipoisson dev.resids, summed). */
function deviance(ws: GlmWorkspace): number {
  let dev = 0;
  for (let i = 0; i < ws.n; i++) {
    const y = ws.y[i] as number;
    const mu = ws.mu[i] as number;
    const wt = ws.prior[i] as number;
    dev += y > 0 ? wt * (y * log(y / mu) - (y - mu)) : mu * wt;
  }
  return 2 * dev;
}

/** eta = X coef and mu = max(exp(eta), eps), R's log-link linkinv. Returns false if a mean is not finite. */
function linearPredictor(ws: GlmWorkspace): boolean {
  const { n, p, x, coef } = ws;
  let valid = true;
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += (x[i * p + j] as number) * (coef[j] as number);
    ws.eta[i] = eta;
    const mu = Math.max(exp(eta), EPS);
    ws.mu[i] = mu;
    if (!Number.isFinite(mu)) valid = false;
  }
  return valid;
}

/** Solves X'WX coef = X'Wz for the current working weights by Cholesky; false if singular. */
function weightedLeastSquares(ws: GlmWorkspace): boolean {
  const { n, p, x, xtwx, rhs, coef } = ws;
  xtwx.fill(0, 0, p * p);
  rhs.fill(0, 0, p);
  for (let i = 0; i < n; i++) {
    const w = ws.working[i] as number;
    if (w === 0) continue;
    const zi = ws.z[i] as number;
    for (let j = 0; j < p; j++) {
      const wxij = w * (x[i * p + j] as number);
      rhs[j] = (rhs[j] as number) + wxij * zi;
      for (let k = 0; k <= j; k++)
        xtwx[j * p + k] = (xtwx[j * p + k] as number) + wxij * (x[i * p + k] as number);
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) xtwx[k * p + j] = xtwx[j * p + k] as number;
  if (!cholesky(xtwx, ws.factor, p)) return false;
  solveCholesky(ws.factor, rhs, coef, p);
  return true;
}

/**
 * Fits the model in `ws` (design, response and prior weights set) as R's glm.fit does for
 * quasipoisson(link = "log"): mustart = y + 0.1, at most 25 iterations, converged when the
 * deviance changes by less than 1e-8 relative, step halving on a non-finite deviance.
 * Sets coef, eta, mu, working weights, (X'WX)^-1, df and dispersion; returns ws.converged.
 */
export function fitQuasiPoisson(ws: GlmWorkspace): boolean {
  const { n, p } = ws;
  ws.converged = false;
  for (let i = 0; i < n; i++) {
    const eta = log((ws.y[i] as number) + 0.1);
    ws.eta[i] = eta;
    ws.mu[i] = Math.max(exp(eta), EPS);
  }
  let devOld = deviance(ws);
  let haveOld = false;
  for (let iter = 1; iter <= MAX_ITERATIONS; iter++) {
    for (let i = 0; i < n; i++) {
      const muEta = Math.max(exp(ws.eta[i] as number), EPS);
      const mu = ws.mu[i] as number;
      ws.z[i] = (ws.eta[i] as number) + ((ws.y[i] as number) - mu) / muEta;
      ws.working[i] = ((ws.prior[i] as number) * muEta * muEta) / mu;
    }
    if (!weightedLeastSquares(ws)) return false;
    let valid = linearPredictor(ws);
    let dev = deviance(ws);
    for (let halvings = 0; !(valid && Number.isFinite(dev)); halvings++) {
      if (!haveOld || halvings >= MAX_ITERATIONS) return false;
      for (let j = 0; j < p; j++) ws.coef[j] = ((ws.coef[j] as number) + (ws.coefOld[j] as number)) / 2;
      valid = linearPredictor(ws);
      dev = deviance(ws);
    }
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
      ws.converged = true;
      break;
    }
    devOld = dev;
    ws.coefOld.set(ws.coef.subarray(0, p));
    haveOld = true;
  }
  summarise(ws);
  return ws.converged;
}

/** Sets df, dispersion and (X'WX)^-1 as R's summary.glm has them. */
function summarise(ws: GlmWorkspace): void {
  let positive = 0;
  let pearson = 0;
  for (let i = 0; i < ws.n; i++) {
    const w = ws.working[i] as number;
    if (!(w > 0)) continue;
    positive++;
    const residual = ((ws.y[i] as number) - (ws.mu[i] as number)) / Math.max(exp(ws.eta[i] as number), EPS);
    pearson += w * residual * residual;
  }
  ws.df = positive - ws.p;
  ws.dispersion = ws.df > 0 ? pearson / ws.df : NaN;
  ws.reportedDispersion = ws.dispersion;
  invertCholesky(ws.factor, ws.scratch, ws.inverse, ws.p);
}

/** Returns the leverage of row i (R's hatvalues: w_i x_i' (X'WX)^-1 x_i, set to 1 within 10 eps of 1). */
export function leverage(ws: GlmWorkspace, i: number): number {
  const { p, x, inverse } = ws;
  let q = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += (inverse[j * p + k] as number) * (x[i * p + k] as number);
    q += (x[i * p + j] as number) * s;
  }
  const h = (ws.working[i] as number) * q;
  return h > 1 - 10 * EPS ? 1 : h;
}

/** Returns x0' coef and x0' (X'WX)^-1 x0 for a new design row x0. */
export function predictAt(ws: GlmWorkspace, x0: Float64Array): { eta: number; unscaledVariance: number } {
  const { p, inverse, coef } = ws;
  let eta = 0;
  let variance = 0;
  for (let j = 0; j < p; j++) {
    eta += (x0[j] as number) * (coef[j] as number);
    let s = 0;
    for (let k = 0; k < p; k++) s += (inverse[j * p + k] as number) * (x0[k] as number);
    variance += (x0[j] as number) * s;
  }
  return { eta, unscaledVariance: variance };
}
