import { farringtonFlexible } from './farrington';
import type { FarringtonPowerTransform, FarringtonThresholdMethod } from './farrington';
import { farringtonFreq, farringtonLimits, farringtonRunWork } from './farringtonLimits';
import type { MethodDefinition } from './methodDefinition';
import { booleanValue, choiceValue, numberValue, requiredNumber } from './methodDefinition';
import { seriesShape } from './paramLimits';
import { ALPHA_RANGE } from './params';
import type { DetectionRow } from './types';

/**
 * Farrington flexible (src/core/detection/farrington/, R's farringtonFlexible) with R's defaults, monitoring
 * from R's default range start, row freq * b + w + 1; `freq` null means 12 for months and 365 for days.
 * R's limit54 = c(5, 4) and populationOffset = FALSE are kept.
 */
export const farringtonMethod: MethodDefinition = {
  name: 'farrington',
  label: 'Farrington flexible',
  description:
    'A quasi-Poisson regression on the same time of year in the previous `b` years (± `w` rows), ' +
    'down-weighting past outbreaks; a row alarms above the regression’s (1 - alpha) prediction bound.',
  reference: 'surveillance::farringtonFlexible',
  params: [
    {
      name: 'b',
      label: 'Years back',
      description: 'How many earlier years (periods of `freq` rows) supply reference rows.',
      type: 'integer',
      default: 5,
      min: 1,
    },
    {
      name: 'w',
      label: 'Half-window',
      description: 'Rows either side of the same time of year taken from each earlier year.',
      type: 'integer',
      default: 3,
      min: 0,
    },
    {
      name: 'freq',
      label: 'Rows per year',
      description:
        'Rows in one season cycle: 365 for days, 52 for weeks, 12 for months, 7 for a weekly cycle of days.',
      type: 'integer',
      default: null,
      min: 1,
      nullLabel: 'from the dates: 12 for months, 365 for days',
    },
    {
      name: 'alpha',
      label: 'Alpha',
      description: 'One-sided level of the prediction bound.',
      type: 'number',
      default: 0.05,
      ...ALPHA_RANGE,
    },
    {
      name: 'reweight',
      label: 'Down-weight outbreaks',
      description: 'Refit with lower weights for reference rows with large residuals (past outbreaks).',
      type: 'boolean',
      default: true,
    },
    {
      name: 'weightsThreshold',
      label: 'Reweighting threshold',
      description: 'Residual above which a reference row is down-weighted.',
      type: 'number',
      default: 2.58,
      min: 0,
      minExclusive: true,
      max: 100,
    },
    {
      name: 'trend',
      label: 'Fit a trend',
      description: 'Include a linear time trend when it is significant and does not over-extrapolate.',
      type: 'boolean',
      default: true,
    },
    {
      name: 'pThresholdTrend',
      label: 'Trend p threshold',
      description: 'The trend is kept only when its p-value is below this.',
      type: 'number',
      default: 0.05,
      min: 0,
      max: 1,
    },
    {
      name: 'noPeriods',
      label: 'Seasonal periods',
      description: 'Number of levels of the seasonal factor outside the reference windows (1 = none).',
      type: 'integer',
      default: 1,
      min: 1,
    },
    {
      name: 'pastWeeksNotIncluded',
      label: 'Recent rows left out',
      description: 'Rows just before the current one kept out of the fit; empty means `w`.',
      type: 'integer',
      default: null,
      min: 0,
      nullLabel: 'the value of w',
    },
    {
      name: 'thresholdMethod',
      label: 'Threshold method',
      description: 'How the upper bound is computed from the fitted model.',
      type: 'choice',
      default: 'delta',
      choices: [
        { value: 'delta', label: 'Delta method (Farrington 1996)' },
        { value: 'nbPlugin', label: 'Negative binomial plug-in' },
        { value: 'muan', label: 'Quantile of the fitted mean (Noufaily 2013)' },
      ],
    },
    {
      name: 'powertrans',
      label: 'Power transformation',
      description: 'The transformation of the delta-method threshold.',
      type: 'choice',
      default: '2/3',
      choices: [
        { value: '2/3', label: '2/3 power (Farrington 1996)' },
        { value: '1/2', label: 'Square root' },
        { value: 'none', label: 'None' },
      ],
    },
  ],
  limits: farringtonLimits,
  work: farringtonRunWork,
  compute: (counts, dates, params) => {
    const freq = farringtonFreq(seriesShape(dates), numberValue(params, 'freq'));
    const b = requiredNumber(params, 'b');
    const w = requiredNumber(params, 'w');
    const start = freq * b + w;
    if (start > counts.length) return { kind: 'insufficient-data', need: start + 1, have: counts.length };
    const result = farringtonFlexible(
      { counts, dates },
      {
        freq,
        b,
        w,
        alpha: requiredNumber(params, 'alpha'),
        reweight: booleanValue(params, 'reweight'),
        weightsThreshold: requiredNumber(params, 'weightsThreshold'),
        trend: booleanValue(params, 'trend'),
        pThresholdTrend: requiredNumber(params, 'pThresholdTrend'),
        noPeriods: requiredNumber(params, 'noPeriods'),
        pastWeeksNotIncluded: numberValue(params, 'pastWeeksNotIncluded') ?? w,
        thresholdMethod: choiceValue<FarringtonThresholdMethod>(params, 'thresholdMethod'),
        powertrans: choiceValue<FarringtonPowerTransform>(params, 'powertrans'),
      },
    );
    return result.rows.map(({ date, observed, expected, upper, alarm, statistic, pValue }): DetectionRow => ({
      date,
      observed,
      expected,
      upper,
      alarm,
      statistic,
      pValue,
    }));
  },
};
