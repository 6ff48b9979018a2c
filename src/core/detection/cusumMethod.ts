import { cusum } from './cusum';
import type { CusumTransform } from './cusum';
import type { MethodDefinition } from './methodDefinition';
import { choiceValue, numberValue, requiredNumber } from './methodDefinition';
import { seriesRows } from './paramLimits';

/**
 * One-sided Poisson CUSUM (R's algo.cusum). The first `baseline` rows are the reference (R's
 * `control$range = (baseline + 1):n`): m defaults to their mean and they are not monitored.
 */
export const cusumMethod: MethodDefinition = {
  name: 'cusum',
  label: 'CUSUM',
  description:
    'Sums each row’s standardised excess over m, less k, never below 0; alarms while the sum is at or above h. ' +
    'The first `baseline` rows give m and are not monitored; the sum is not reset after an alarm.',
  reference: 'surveillance::algo.cusum',
  params: [
    {
      name: 'baseline',
      label: 'Reference rows',
      description:
        'How many rows at the start form the reference: m is their mean, monitoring starts after them.',
      type: 'integer',
      default: 28,
      min: 1,
    },
    {
      name: 'k',
      label: 'Reference value k',
      description: 'Subtracted from each standardised count before it is added to the sum.',
      type: 'number',
      default: 1.04,
      min: 0,
      max: 100,
    },
    {
      name: 'h',
      label: 'Decision boundary h',
      description: 'A row alarms when the cumulative sum reaches h.',
      type: 'number',
      default: 2.26,
      min: 0,
      minExclusive: true,
      max: 1000,
    },
    {
      name: 'm',
      label: 'Expected count m',
      description: 'The expected count per row; leave empty to use the mean of the reference rows.',
      type: 'number',
      default: null,
      min: 0,
      minExclusive: true,
      max: 1e9,
      nullLabel: 'the mean of the reference rows',
    },
    {
      name: 'trans',
      label: 'Standardisation',
      description: 'How each count is standardised against m before it is summed.',
      type: 'choice',
      default: 'standard',
      choices: [
        { value: 'standard', label: 'Standard: (x - m) / sqrt(m)' },
        { value: 'rossi', label: 'Rossi: (x - 3m + 2 sqrt(x m)) / (2 sqrt(m))' },
        { value: 'anscombe', label: 'Anscombe residual' },
      ],
    },
  ],
  limits: (shape) => ({
    baseline: {
      max: shape.rows - 1,
      why: `the reference rows must leave at least one of ${seriesRows(shape)} to monitor`,
    },
  }),
  compute: (counts, dates, params) => {
    const start = requiredNumber(params, 'baseline');
    if (start >= counts.length) return { kind: 'insufficient-data', need: start + 1, have: counts.length };
    const result = cusum(
      { counts, dates },
      {
        start,
        k: requiredNumber(params, 'k'),
        h: requiredNumber(params, 'h'),
        m: numberValue(params, 'm'),
        trans: choiceValue<CusumTransform>(params, 'trans'),
      },
    );
    return result.kind === 'ok' ? result.rows : result;
  },
};
