import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli';

const dir = tempDir();
afterAll(() => dir.remove());

const good = dir.write('good.csv', 'date,count\n2017-06-01,1\n2017-06-02,2\n2017-06-03,0\n');

function expectBadInput(argv: readonly string[], message: string): void {
  const run = runCli(argv);
  expect(run.stderr).toContain(message);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
}

describe('backlash detect on bad input', () => {
  it('names the unknown method and lists the known ones', () => {
    expectBadInput(
      ['detect', '--method', 'ears-c4', '--input', good],
      'unknown method “ears-c4” (methods: trailing-mean',
    );
  });

  it('names the unknown parameter and lists the method’s parameters', () => {
    expectBadInput(
      ['detect', '--method', 'ears-c1', '--input', good, '--param', 'window=3'],
      'ears-c1 has no parameter “window” (parameters: baseline, alpha, minSigma)',
    );
  });

  it.each([
    ['baseline=2', '--param baseline: expected a whole number >= 3, got 2'],
    ['baseline=7.5', '--param baseline: expected a whole number >= 3, got 7.5'],
    ['alpha=1', '--param alpha: expected a number >= 1e-12 and <= 0.5, got 1'],
    ['alpha=abc', '--param alpha: expected a number >= 1e-12 and <= 0.5, got “abc”'],
    ['minSigma', '--param must be name=value, got “minSigma”'],
  ])('refuses --param %s', (param, message) => {
    expectBadInput(['detect', '--method', 'ears-c1', '--input', good, '--param', param], message);
  });

  it('refuses a bad choice and a bad switch', () => {
    expectBadInput(
      ['detect', '--method', 'cusum', '--input', good, '--param', 'trans=log'],
      '--param trans: expected one of standard, rossi, anscombe, got “log”',
    );
  });

  it('names the file it cannot read', () => {
    const missing = `${dir.path}/missing.csv`;
    expectBadInput(['detect', '--method', 'ears-c1', '--input', missing], `cannot read ${missing}`);
  });

  it.each([
    ['no-count.csv', 'date,n\n2017-06-01,1\n', 'row 0 (the header), field “count”: no such column'],
    [
      'bad-count.csv',
      'date,count\n2017-06-01,1\n2017-06-02,-3\n',
      'row 2 (line 3), field “count”: expected a whole number of 0 or more, or empty for a missing value (got “-3”)',
    ],
    [
      'bad-date.csv',
      'date,count\n2017-06-01,1\n2017-06-31,2\n',
      'row 2 (line 3), field “date”: expected an ISO day YYYY-MM-DD or month YYYY-MM (got “2017-06-31”)',
    ],
    [
      'gap.csv',
      'date,count\n2017-06-01,1\n2017-06-03,2\n',
      'row 2 (line 3), field “date”: expected the day after 2017-06-01 (got “2017-06-03”)',
    ],
    [
      'mixed.csv',
      'date,count\n2017-06-01,1\n2017-07,2\n',
      'row 2 (line 3), field “date”: expected a day like the first row',
    ],
    [
      'short-row.csv',
      'date,other,count\n2017-06-01,x,1\n2017-06-02,x\n',
      'row 2 (line 3): 2 fields where the header has 3',
    ],
    ['empty.csv', '', 'the file is empty'],
    ['header-only.csv', 'date,count\n', 'no data rows'],
    ['quote.csv', 'date,count\n2017-06-01,"1\n', 'line 2: a quoted field is not closed'],
  ])('names file, row and field of a bad row in %s', (name, text, message) => {
    const file = dir.write(name, text);
    expectBadInput(['detect', '--method', 'ears-c1', '--input', file], file);
    expectBadInput(['detect', '--method', 'ears-c1', '--input', file], message);
  });

  it('farrington on a series shorter than freq * b + w prints null rows with a note', () => {
    const run = runCli(['detect', '--method', 'farrington', '--input', good]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('farrington needs at least 1829 rows with counts, the file has 3');
  });

  it('says same-weekday needs days when given months', () => {
    const file = dir.write('months.csv', 'date,count\n2017-01,1\n2017-02,2\n');
    expectBadInput(
      ['detect', '--method', 'same-weekday', '--input', file],
      'same-weekday needs a daily series',
    );
  });

  it('refuses a missing --method, an unknown --format and an unknown command', () => {
    expectBadInput(['detect', '--input', good], 'detect: --method is required');
    expectBadInput(
      ['detect', '--method', 'ears-c1', '--input', good, '--format', 'xml'],
      '--format must be csv or json',
    );
    expectBadInput(['detcet'], 'unknown command “detcet”');
  });

  it('prints every row as null, with a note, when the series is too short for the method', () => {
    const run = runCli(['detect', '--method', 'ears-c1', '--input', good]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ears-c1 needs at least 8 rows with counts, the file has 3');
    expect(run.stdout).toBe(
      'date,observed,expected,upper,alarm,statistic,pValue\n2017-06-01,1,,,,,\n2017-06-02,2,,,,,\n2017-06-03,0,,,,,\n',
    );
  });
});

describe('backlash --help', () => {
  it('prints the usage, every method and its parameters with defaults, and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const text of [
      'backlash detect --method',
      'backlash spike --observed',
      'ears-c3',
      'cusum',
      'k = 1.04',
    ])
      expect(run.stdout).toContain(text);
  });

  it('prints the usage on standard error with exit code 2 when no command is given', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage:');
  });
});
