import { earsC, firstComputableRow } from './ears';
import type { EarsMethod } from './ears';
import type { MethodDefinition, MethodName } from './methodDefinition';
import { requiredNumber } from './methodDefinition';
import { largestWithinWork, seriesRows, tighterLimit } from './paramLimits';
import type { ParamSpec } from './params';
import { ALPHA_RANGE } from './params';

function earsParams(alpha: number): ParamSpec[] {
  return [
    {
      name: 'baseline',
      label: 'Baseline window',
      description: 'How many earlier rows form the reference window whose mean and spread set the bound.',
      type: 'integer',
      default: 7,
      min: 3,
    },
    {
      name: 'alpha',
      label: 'Alpha',
      description:
        'One-sided level: the bound is the window mean plus the normal (1 - alpha) quantile of sigma.',
      type: 'number',
      default: alpha,
      ...ALPHA_RANGE,
    },
    {
      name: 'minSigma',
      label: 'Minimum sigma',
      description:
        'Floor under the window standard deviation, so a flat window does not give a zero-width bound.',
      type: 'number',
      default: 0,
      min: 0,
      max: 1e9,
    },
  ];
}

function earsMethod(
  name: MethodName,
  method: EarsMethod,
  label: string,
  description: string,
  alpha: number,
): MethodDefinition {
  return {
    name,
    label,
    description,
    reference: `surveillance::earsC (method = "${method}")`,
    params: earsParams(alpha),
    limits: (shape) => {
      // The window (and C2's and C3's guard) must end before the last row; each row's window is read afresh.
      const structural = {
        max: shape.rows - 1 - firstComputableRow(method, 0),
        why: `the window and its guard must leave at least one of ${seriesRows(shape)} to test`,
      };
      return {
        baseline: tighterLimit(
          structural,
          largestWithinWork(3, structural.max, (baseline) => shape.rows * baseline * 10),
        ),
      };
    },
    compute: (counts, dates, params) => {
      const result = earsC(
        { counts, dates },
        {
          method,
          baseline: requiredNumber(params, 'baseline'),
          alpha: requiredNumber(params, 'alpha'),
          minSigma: requiredNumber(params, 'minSigma'),
        },
      );
      return result.kind === 'ok' ? result.rows : result;
    },
  };
}

/** EARS C1: the mean and sd of the `baseline` rows just before each row (R's earsC, method C1). */
export const earsC1 = earsMethod(
  'ears-c1',
  'C1',
  'EARS C1',
  'Alarms when a count is above the mean of the previous `baseline` rows plus z(1 - alpha) standard deviations.',
  0.001,
);

/** EARS C2: as C1 with a two-row guard between the window and the row (R's earsC, method C2). */
export const earsC2 = earsMethod(
  'ears-c2',
  'C2',
  'EARS C2',
  'As C1, but the window ends two rows before the row, so the start of an outbreak does not raise its own baseline.',
  0.001,
);

/** EARS C3: alarms on the sum of the two previous rows' C2 exceedances (R's earsC code, method C3). */
export const earsC3 = earsMethod(
  'ears-c3',
  'C3',
  'EARS C3',
  'Alarms when the two previous rows’ C2 values, each less 1, sum past z(1 - alpha): a run of raised rows.',
  0.025,
);
