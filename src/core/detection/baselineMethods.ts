import { sameWeekdayMean } from '../baselines/calendar';
import { trailingBaseline } from '../baselines/trailing';
import { isoDayNumber } from '../dates';
import { baselineRows } from './baselineRows';
import type { MethodDefinition } from './methodDefinition';
import { requiredNumber } from './methodDefinition';
import type { ParamLimits } from './paramLimits';
import { seriesRows } from './paramLimits';
import type { ParamSpec, ParamValues } from './params';
import { ALPHA_RANGE } from './params';

const ALPHA: ParamSpec = {
  name: 'alpha',
  label: 'Alpha',
  description: 'One-sided level: the bound is the Poisson (1 - alpha) quantile of the baseline.',
  type: 'number',
  default: 0.001,
  ...ALPHA_RANGE,
};

const WINDOW: ParamSpec = {
  name: 'window',
  label: 'Window',
  description: 'How many earlier rows the baseline is taken from.',
  type: 'integer',
  default: 28,
  min: 1,
};

const GUARD: ParamSpec = {
  name: 'guard',
  label: 'Guard rows',
  description:
    'Rows skipped between the window and the row tested, so a spike’s first days stay out of its baseline.',
  type: 'integer',
  default: 0,
  min: 0,
};

const MAX_MISSING: ParamSpec = {
  name: 'maxMissing',
  label: 'Missing values allowed',
  description: 'How many missing counts a window may hold and still give a baseline.',
  type: 'integer',
  default: 0,
  min: 0,
};

function boundOptions(params: ParamValues) {
  return {
    bound: 'poisson',
    level: 1 - requiredNumber(params, 'alpha'),
    maxMissing: requiredNumber(params, 'maxMissing'),
  } as const;
}

/** Window and guard must leave a row to test; a window must be allowed at least one count. */
const trailingLimits: ParamLimits = (shape, values) => {
  const window = requiredNumber(values, 'window');
  const guard = requiredNumber(values, 'guard');
  const why = `window + guard must leave at least one of ${seriesRows(shape)} to test`;
  return {
    window: { max: shape.rows - 1 - guard, why },
    guard: { max: shape.rows - 1 - window, why },
    maxMissing: { max: window - 1, why: `a window of ${window} must hold at least one count` },
  };
};

/** Returns a trailing mean or median method (src/core/baselines/trailing.ts) with a Poisson bound. */
function trailingMethod(
  statistic: 'mean' | 'median',
  fields: Pick<MethodDefinition, 'name' | 'label' | 'description'>,
): MethodDefinition {
  return {
    ...fields,
    reference: null,
    params: [WINDOW, GUARD, ALPHA, MAX_MISSING],
    limits: trailingLimits,
    compute: (counts, dates, params, options) =>
      baselineRows(
        counts,
        dates,
        trailingBaseline(counts, {
          window: requiredNumber(params, 'window'),
          guard: requiredNumber(params, 'guard'),
          statistic,
          ...boundOptions(params),
        }),
        options.pValues,
      ),
  };
}

/** Trailing mean with a Poisson bound: see `baselineRows`. */
export const trailingMeanMethod = trailingMethod('mean', {
  name: 'trailing-mean',
  label: 'Trailing mean',
  description:
    'The mean of the `window` rows ending `guard` rows before each row; a row alarms when its count is ' +
    'above the Poisson (1 - alpha) quantile of that mean.',
});

/** Trailing median with a Poisson bound: see `baselineRows`. */
export const trailingMedianMethod = trailingMethod('median', {
  name: 'trailing-median',
  label: 'Trailing median',
  description:
    'The median of the `window` rows ending `guard` rows before each row, less moved by an earlier spike than ' +
    'the mean; a row alarms above the Poisson (1 - alpha) quantile of that median.',
});

/** Same weekday (src/core/baselines/calendar.ts) with a Poisson bound: see `baselineRows`. Daily series only. */
export const sameWeekdayMethod: MethodDefinition = {
  name: 'same-weekday',
  label: 'Same weekday',
  description:
    'The mean of the same weekday in the previous `weeks` weeks, for daily series with a weekly rhythm; ' +
    'a row alarms above the Poisson (1 - alpha) quantile of that mean.',
  reference: null,
  params: [
    {
      name: 'weeks',
      label: 'Weeks',
      description: 'How many earlier weeks supply the same weekday.',
      type: 'integer',
      default: 4,
      min: 1,
    },
    ALPHA,
    MAX_MISSING,
  ],
  limits: (shape, values) => {
    const weeks = requiredNumber(values, 'weeks');
    return {
      weeks: {
        max: Math.floor((shape.rows - 1) / 7),
        why: `weeks × 7 days must leave at least one of ${seriesRows(shape)} to test`,
      },
      maxMissing: { max: weeks - 1, why: `a window of ${weeks} weeks must hold at least one count` },
    };
  },
  compute: (counts, dates, params, options) => {
    if (!consecutiveDays(dates))
      return {
        kind: 'unsuitable-series',
        message: 'same-weekday needs a daily series: consecutive dates YYYY-MM-DD, a missing day as null',
      };
    return baselineRows(
      counts,
      dates,
      sameWeekdayMean(dates, counts, { weeks: requiredNumber(params, 'weeks'), ...boundOptions(params) }),
      options.pValues,
    );
  },
};

function consecutiveDays(dates: readonly string[]): boolean {
  let before: number | null = null;
  for (const date of dates) {
    const day = isoDayNumber(date);
    if (day === null || (before !== null && day - before !== 1)) return false;
    before = day;
  }
  return true;
}
