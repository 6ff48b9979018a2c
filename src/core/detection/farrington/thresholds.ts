// R's algo.farrington.threshold.farrington ('delta') and algo.farrington.threshold.noufaily ('nbPlugin', 'muan').

import { normalQuantile, normalUpperTail } from '../normal';
import { countQuantile, countUpperTail, negativeBinomial, poisson } from './discrete';
import type { ModelPrediction } from './model';
import type { FarringtonPowerTransform, FarringtonThresholdMethod } from './options';
import { exp, pow } from '../../math/elementary';

const EPS = 2.220446049250313e-16;

/** The threshold of one row, with NaN where R has NA. */
export interface Threshold {
  /** The expected count: the predicted mean. */
  readonly expected: number;
  readonly upper: number;
  /** R's score: (y - fit) / (upper - fit), with `fit` the prediction on R's scale for the method. */
  readonly score: number;
  /** R's prob: P(count >= y) under the method's distribution (delta: power-transformed normal). */
  readonly pValue: number;
}

/** Returns the threshold of R's `thresholdMethod` for count y given the model's prediction. */
export function threshold(
  method: FarringtonThresholdMethod,
  powertrans: FarringtonPowerTransform,
  alpha: number,
  prediction: ModelPrediction,
  y: number,
): Threshold {
  return method === 'delta'
    ? farringtonThreshold(powertrans, alpha, prediction, y)
    : noufailyThreshold(method, alpha, prediction, y);
}

/** Farrington et al. (1996): the upper bound of a normal interval on the y^exponent scale. */
function farringtonThreshold(
  powertrans: FarringtonPowerTransform,
  alpha: number,
  { eta, seLink, phi }: ModelPrediction,
  y: number,
): Threshold {
  // predict.glm(type = "response"): fit = exp(eta), se.fit = se(eta) * exp(eta).
  const mu0 = Math.max(exp(eta), EPS);
  const seFit = seLink * mu0;
  const tau = phi + (seFit * seFit) / mu0;
  const exponent = powertrans === '2/3' ? 2 / 3 : powertrans === '1/2' ? 1 / 2 : 1;
  const se =
    powertrans === '2/3'
      ? Math.sqrt((4 / 9) * pow(mu0, 1 / 3) * tau)
      : powertrans === '1/2'
        ? Math.sqrt((1 / 4) * tau)
        : Math.sqrt(mu0 * tau);
  const z = normalQuantile(1 - alpha);
  const centre = pow(mu0, exponent);
  const low = pow(centre - z * se, 1 / exponent);
  const high = pow(centre + z * se, 1 / exponent);
  // sort(c(low, high), na.last = FALSE)[2]: the larger, or the one that is not NaN.
  const upper = Number.isNaN(low) ? high : Number.isNaN(high) ? low : Math.max(low, high);
  const pValue = normalUpperTail((pow(y, exponent) - centre) / se);
  return { expected: mu0, upper, score: (y - mu0) / (upper - mu0), pValue };
}

/** Noufaily et al. (2013): negative binomial quantile at the plug-in mean ('nbPlugin') or its upper limit ('muan'). */
function noufailyThreshold(
  method: 'nbPlugin' | 'muan',
  alpha: number,
  { eta, seLink, phi }: ModelPrediction,
  y: number,
): Threshold {
  const mu0 = method === 'nbPlugin' ? exp(eta) : exp(eta + normalQuantile(1 - alpha) * seLink);
  const expected = exp(eta);
  if (mu0 === Infinity || Number.isNaN(mu0)) return { expected, upper: NaN, score: NaN, pValue: NaN };
  const distribution = phi > 1 ? negativeBinomial(mu0 / (phi - 1), 1 / phi) : poisson(mu0);
  const upper = countQuantile(distribution, 1 - alpha);
  const pValue = countUpperTail(distribution, y);
  // R's score here compares y with the linear predictor, not the mean (kept as R has it).
  return { expected, upper, score: (y - eta) / (upper - eta), pValue };
}
