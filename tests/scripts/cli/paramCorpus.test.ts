import { afterAll, describe, expect, it } from 'vitest';
import { WORK_REASON } from '../../../src/core/detection/paramLimits';
import { dailyCsv, runCli, tempDir } from './runCli';

// Every parameter a command-line user can set, out of range: each case gives its message and exit code 2, and
// nothing runs. The series: 400 synthetic days (counts i * 31 mod 4, no randomness) and 12,053 for the work limit.
const dir = tempDir();
afterAll(() => dir.remove());
const days400 = dir.write('days400.csv', dailyCsv(Array.from({ length: 400 }, (_, i) => (i * 31) % 4)));
const days12053 = dir.write(
  'days12053.csv',
  dailyCsv(
    Array.from({ length: 12_053 }, (_, i) => (i * 7919) % 5),
    '1991-01-01',
  ),
);

const ALPHA = 'expected a number >= 1e-12 and <= 0.5';
const TRAILING = 'window + guard must leave at least one of the series’ 400 rows to test';

/** [method, --param values, the message after "backlash: detect: "] */
const DETECT_CASES: readonly (readonly [string, readonly string[], string])[] = [
  ['trailing-mean', ['window=0'], '--param window: expected a whole number >= 1, got 0'],
  ['trailing-mean', ['window=1.5'], '--param window: expected a whole number >= 1, got 1.5'],
  [
    'trailing-mean',
    ['window=400'],
    `--param window: expected a whole number >= 1 and <= 399 (${TRAILING}), got 400`,
  ],
  [
    'trailing-mean',
    ['window=100000000'],
    `--param window: expected a whole number >= 1 and <= 399 (${TRAILING}), got 100000000`,
  ],
  ['trailing-mean', ['window=1e400'], '--param window: expected a whole number >= 1, got 1e400'],
  ['trailing-mean', ['window=NaN'], '--param window: expected a whole number >= 1, got “NaN”'],
  ['trailing-mean', ['guard=-1'], '--param guard: expected a whole number >= 0, got -1'],
  [
    'trailing-mean',
    ['guard=372'],
    `--param guard: expected a whole number >= 0 and <= 371 (${TRAILING}), got 372`,
  ],
  ['trailing-mean', ['alpha=0'], `--param alpha: ${ALPHA}, got 0`],
  ['trailing-mean', ['alpha=1e-320'], `--param alpha: ${ALPHA}, got 1e-320`],
  ['trailing-mean', ['alpha=0.6'], `--param alpha: ${ALPHA}, got 0.6`],
  ['trailing-mean', ['alpha=Infinity'], `--param alpha: ${ALPHA}, got “Infinity”`],
  ['trailing-mean', ['maxMissing=-1'], '--param maxMissing: expected a whole number >= 0, got -1'],
  [
    'trailing-mean',
    ['maxMissing=28'],
    '--param maxMissing: expected a whole number >= 0 and <= 27 (a window of 28 must hold at least one count), got 28',
  ],
  [
    'trailing-median',
    ['window=399', 'guard=1'],
    `--param window: expected a whole number >= 1 and <= 398 (${TRAILING}), got 399`,
  ],
  ['trailing-median', ['alpha=0.5000001'], `--param alpha: ${ALPHA}, got 0.5000001`],
  ['same-weekday', ['weeks=0'], '--param weeks: expected a whole number >= 1, got 0'],
  [
    'same-weekday',
    ['weeks=58'],
    '--param weeks: expected a whole number >= 1 and <= 57 (weeks × 7 days must leave at least one of the series’ 400 rows to test), got 58',
  ],
  [
    'same-weekday',
    ['maxMissing=4'],
    '--param maxMissing: expected a whole number >= 0 and <= 3 (a window of 4 weeks must hold at least one count), got 4',
  ],
  ['same-weekday', ['alpha=-0.1'], `--param alpha: ${ALPHA}, got -0.1`],
  ['ears-c1', ['baseline=2'], '--param baseline: expected a whole number >= 3, got 2'],
  [
    'ears-c1',
    ['baseline=400'],
    '--param baseline: expected a whole number >= 3 and <= 399 (the window and its guard must leave at least one of the series’ 400 rows to test), got 400',
  ],
  [
    'ears-c2',
    ['baseline=398'],
    '--param baseline: expected a whole number >= 3 and <= 397 (the window and its guard must leave at least one of the series’ 400 rows to test), got 398',
  ],
  [
    'ears-c3',
    ['baseline=396'],
    '--param baseline: expected a whole number >= 3 and <= 395 (the window and its guard must leave at least one of the series’ 400 rows to test), got 396',
  ],
  ['ears-c1', ['minSigma=-1'], '--param minSigma: expected a number >= 0 and <= 1000000000, got -1'],
  ['ears-c2', ['minSigma=1e10'], '--param minSigma: expected a number >= 0 and <= 1000000000, got 1e10'],
  ['ears-c3', ['alpha=0.9'], `--param alpha: ${ALPHA}, got 0.9`],
  ['farrington', ['b=0'], '--param b: expected a whole number >= 1, got 0'],
  [
    'farrington',
    ['b=2'],
    '--param b: expected a whole number >= 1 and <= 1 (b = 2 cycles of 365 rows plus w = 3 must fit before the last of the series’ 400 rows), got 2',
  ],
  ['farrington', ['w=-1'], '--param w: expected a whole number >= 0, got -1'],
  [
    'farrington',
    ['w=35'],
    '--param w: expected no value on this series (b = 5 cycles of 365 rows plus w = 35 must fit before the last of the series’ 400 rows), got 35',
  ],
  [
    'farrington',
    ['freq=7', 'w=365'],
    '--param w: expected a whole number >= 0 and <= 364 (b = 5 cycles of 7 rows plus w = 365 must fit before the last of the series’ 400 rows), got 365',
  ],
  [
    'farrington',
    ['freq=0'],
    '--param freq: expected a whole number >= 1 (or null: from the dates: 12 for months, 365 for days), got 0',
  ],
  [
    'farrington',
    ['freq=80'],
    '--param freq: expected a whole number >= 1 and <= 79 (b = 5 cycles of 80 rows plus w = 3 must fit before the last of the series’ 400 rows) (or null: from the dates: 12 for months, 365 for days), got 80',
  ],
  ['farrington', ['alpha=0.51'], `--param alpha: ${ALPHA}, got 0.51`],
  ['farrington', ['reweight=yes'], '--param reweight: expected true or false, got “yes”'],
  ['farrington', ['weightsThreshold=0'], '--param weightsThreshold: expected a number > 0 and <= 100, got 0'],
  [
    'farrington',
    ['weightsThreshold=101'],
    '--param weightsThreshold: expected a number > 0 and <= 100, got 101',
  ],
  ['farrington', ['trend=1'], '--param trend: expected true or false, got “1”'],
  [
    'farrington',
    ['pThresholdTrend=1.5'],
    '--param pThresholdTrend: expected a number >= 0 and <= 1, got 1.5',
  ],
  ['farrington', ['noPeriods=0'], '--param noPeriods: expected a whole number >= 1, got 0'],
  [
    'farrington',
    ['freq=7', 'noPeriods=1000'],
    '--param noPeriods: expected a whole number >= 1 and <= 7 (a cycle of 7 rows has room for at most 7 seasonal levels), got 1000',
  ],
  [
    'farrington',
    ['pastWeeksNotIncluded=-1'],
    '--param pastWeeksNotIncluded: expected a whole number >= 0 (or null: the value of w), got -1',
  ],
  [
    'farrington',
    ['freq=7', 'pastWeeksNotIncluded=36'],
    '--param pastWeeksNotIncluded: expected a whole number >= 0 and <= 35 (the reference spans b × freq = 35 rows) (or null: the value of w), got 36',
  ],
  [
    'farrington',
    ['thresholdMethod=exact'],
    '--param thresholdMethod: expected one of delta, nbPlugin, muan, got “exact”',
  ],
  ['farrington', ['powertrans=log'], '--param powertrans: expected one of 2/3, 1/2, none, got “log”'],
  ['cusum', ['baseline=0'], '--param baseline: expected a whole number >= 1, got 0'],
  [
    'cusum',
    ['baseline=400'],
    '--param baseline: expected a whole number >= 1 and <= 399 (the reference rows must leave at least one of the series’ 400 rows to monitor), got 400',
  ],
  ['cusum', ['k=-1'], '--param k: expected a number >= 0 and <= 100, got -1'],
  ['cusum', ['k=101'], '--param k: expected a number >= 0 and <= 100, got 101'],
  ['cusum', ['h=0'], '--param h: expected a number > 0 and <= 1000, got 0'],
  ['cusum', ['h=1001'], '--param h: expected a number > 0 and <= 1000, got 1001'],
  [
    'cusum',
    ['m=0'],
    '--param m: expected a number > 0 and <= 1000000000 (or null: the mean of the reference rows), got 0',
  ],
  [
    'cusum',
    ['m=1e10'],
    '--param m: expected a number > 0 and <= 1000000000 (or null: the mean of the reference rows), got 1e10',
  ],
  ['cusum', ['trans=log'], '--param trans: expected one of standard, rossi, anscombe, got “log”'],
  ['ears-c1', ['window=7'], 'ears-c1 has no parameter “window” (parameters: baseline, alpha, minSigma)'],
  ['ears-c1', ['baseline=7', 'baseline=8'], '--param baseline given more than once'],
  ['ears-c1', ['baseline'], '--param must be name=value, got “baseline”'],
];

describe('backlash detect with every parameter out of range', () => {
  it.each(DETECT_CASES)('%s --param %j exits 2: %s', (method, params, message) => {
    const run = runCli([
      'detect',
      '--method',
      method,
      '--input',
      days400,
      ...params.flatMap((p) => ['--param', p]),
    ]);
    expect(run.stderr).toContain(`backlash: detect: ${message}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.each([
    [['noPeriods=10'], `--param noPeriods: expected a whole number >= 1 and <= 1 (${WORK_REASON}), got 10`],
    [['freq=7', 'b=1000'], `--param b: expected a whole number >= 1 and <= 59 (${WORK_REASON}), got 1000`],
    [
      ['freq=7', 'b=1000', 'w=1000'],
      `--param b, w, freq: these values together: ${WORK_REASON}; lower one of them`,
    ],
  ])('farrington %j on 12,053 days is refused at once, past the work limit: %s', (params, message) => {
    const run = runCli([
      'detect',
      '--method',
      'farrington',
      '--input',
      days12053,
      ...params.flatMap((p) => ['--param', p]),
    ]);
    expect(run.stderr).toBe(`backlash: detect: ${message}\n`);
    expect(run.code).toBe(2);
  });
});

describe('backlash detect and spike with other bad options', () => {
  it.each([
    [['detect', '--method', 'ears-c4', '--input', days400], 'detect: unknown method “ears-c4”'],
    [['detect', '--input', days400], 'detect: --method is required'],
    [['detect', '--method', 'ears-c1'], 'detect: --input is required'],
    [
      ['detect', '--method', 'ears-c1', '--input', days400, '--format', 'xml'],
      'detect: --format must be csv or json, got “xml”',
    ],
    [
      ['detect', '--method', 'ears-c1', '--input', days400, '--method', 'ears-c2'],
      'detect: --method given more than once',
    ],
    [['detect', '--method', 'ears-c1', '--input'], 'detect: --input needs a value'],
    [['detect', '--method', 'ears-c1', '--input', days400, 'extra'], 'detect: unexpected argument “extra”'],
    [['spike', '--expected', '3.5'], 'spike: --observed is required'],
    [['spike', '--observed', '20'], 'spike: --expected is required'],
    [
      ['spike', '--observed', '-1', '--expected', '3.5'],
      'spike: --observed: expected a whole number >= 0 and <= 10000000, got -1',
    ],
    [
      ['spike', '--observed', '10000001', '--expected', '3.5'],
      'spike: --observed: expected a whole number >= 0 and <= 10000000, got 10000001',
    ],
    [
      ['spike', '--observed', '1' + '0'.repeat(400), '--expected', '3.5'],
      `spike: --observed: expected a whole number >= 0 and <= 10000000, got 1${'0'.repeat(400)}`,
    ],
    [
      ['spike', '--observed', '20', '--expected', '-3.5'],
      'spike: --expected: expected a number > 0 and <= 10000000, got -3.5',
    ],
    [
      ['spike', '--observed', '20', '--expected', '1e8'],
      'spike: --expected: expected a number > 0 and <= 10000000, got 1e8',
    ],
    [
      ['spike', '--observed', '20', '--expected', '3.5', '--confidence', '0'],
      'spike: --confidence: expected a number > 0 and < 1, got 0',
    ],
    [
      ['spike', '--observed', '20', '--expected', '3.5', '--confidence', '1'],
      'spike: --confidence: expected a number > 0 and < 1, got 1',
    ],
    [
      ['spike', '--observed', '20', '--expected', '3.5', '--dispersion', '101'],
      'spike: --dispersion: expected a number >= 1 and <= 100 (or null: no dispersion, the Poisson tail only), got 101',
    ],
    [
      ['spike', '--observed', '20', '--expected', '3.5', '--dispersion', '1e308'],
      'spike: --dispersion: expected a number >= 1 and <= 100 (or null: no dispersion, the Poisson tail only), got 1e308',
    ],
    [['frobnicate'], 'unknown command “frobnicate”'],
  ])('%j exits 2: %s', (argv, message) => {
    const run = runCli(argv);
    expect(run.stderr).toContain(`backlash: ${message}`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});
