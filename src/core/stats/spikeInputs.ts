import type { ParamSpec } from '../detection/params';
import { MAX_COUNT } from './countLimit';

/**
 * What `spikeTest` accepts from a reader or the command line: the exact tails are summed term by term, so counts
 * and dispersions are bounded to what they sum promptly (about 50 ms at the largest).
 */
export const SPIKE_INPUTS: readonly ParamSpec[] = [
  {
    name: 'observed',
    label: 'Observed count',
    description: 'The count recorded on the day (or period) tested.',
    type: 'integer',
    default: null,
    min: 0,
    max: MAX_COUNT,
  },
  {
    name: 'expected',
    label: 'Expected count',
    description: 'The count expected on an ordinary day: the baseline.',
    type: 'number',
    default: null,
    min: 0,
    minExclusive: true,
    max: MAX_COUNT,
  },
  {
    name: 'confidence',
    label: 'Confidence level',
    description: 'The level of the exact intervals.',
    type: 'number',
    default: 0.95,
    min: 0,
    max: 1,
    minExclusive: true,
    maxExclusive: true,
  },
  {
    name: 'dispersion',
    label: 'Dispersion (variance / mean)',
    description: 'How much more ordinary days vary than a Poisson count; adds the negative-binomial tail.',
    type: 'number',
    default: null,
    min: 1,
    max: 100,
    nullLabel: 'no dispersion, the Poisson tail only',
  },
];
