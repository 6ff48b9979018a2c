import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

function relative(actual: unknown, expected: number): number {
  return Math.abs((actual as number) - expected) / Math.abs(expected);
}

function spikeJson(argv: readonly string[]): Record<string, unknown> {
  const run = runCli(['spike', ...argv]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('backlash spike', () => {
  it('spike --observed 20 --expected 3.5 prints the ratio, excess, exact tail, mid-p and Garwood intervals', () => {
    const spike = spikeJson(['--observed', '20', '--expected', '3.5']);
    expect(spike.observed).toBe(20);
    expect(spike.expected).toBe(3.5);
    expect(relative(spike.ratio, 5.714285714285714)).toBeLessThan(1e-15);
    expect(spike.excess).toBe(16.5);
    expect(spike.confidence).toBe(0.95);
    // R 4.2.2: ppois(19, 3.5, lower.tail = FALSE) = 1.1314262374247224e-09.
    expect(relative(spike.pValue, 1.1314262374247224e-9)).toBeLessThan(1e-12);
    // R: ppois(19, 3.5, lower.tail = FALSE) - dpois(20, 3.5) / 2 = 6.5917229972128513e-10.
    const midP = spike.midP as { upper: number; lower: number; twoSided: number };
    expect(relative(midP.upper, 6.5917229972128513e-10)).toBeLessThan(1e-9);
    // R: qgamma(0.025, 20) = 12.216519585403942, qgamma(0.975, 21) = 30.888377902674595.
    const count = spike.countInterval as { lower: number; upper: number };
    expect(relative(count.lower, 12.216519585403942)).toBeLessThan(1e-12);
    expect(relative(count.upper, 30.888377902674595)).toBeLessThan(1e-12);
    const ratio = spike.ratioInterval as { lower: number; upper: number };
    expect(relative(ratio.lower, 12.216519585403942 / 3.5)).toBeLessThan(1e-12);
    expect(relative(ratio.upper, 30.888377902674595 / 3.5)).toBeLessThan(1e-12);
    expect(spike).not.toHaveProperty('negativeBinomial');
  });

  it('spike --dispersion 1.5 adds the negative-binomial tail', () => {
    const spike = spikeJson(['--observed', '20', '--expected', '3.5', '--dispersion', '1.5']);
    const nb = spike.negativeBinomial as { phi: number; pValue: number };
    expect(nb.phi).toBe(1.5);
    // R 4.2.2: pnbinom(19, size = 3.5 / 0.5, mu = 3.5, lower.tail = FALSE) = 6.7277481011820442e-06.
    expect(relative(nb.pValue, 6.7277481011820442e-6)).toBeLessThan(1e-9);
  });

  it('spike --observed 54 --expected 38 --confidence=0.9 takes --name=value options', () => {
    const spike = spikeJson(['--observed=54', '--expected=38', '--confidence=0.9']);
    expect(spike.confidence).toBe(0.9);
    // R 4.2.2: ppois(53, 38, lower.tail = FALSE) = 0.0083591815966363968.
    expect(relative(spike.pValue, 0.0083591815966363968)).toBeLessThan(1e-9);
  });

  it.each([
    [['--expected', '3.5'], '--observed is required'],
    [
      ['--observed', '2.5', '--expected', '3.5'],
      '--observed: expected a whole number >= 0 and <= 10000000, got 2.5',
    ],
    [['--observed', '20', '--expected', '0'], '--expected: expected a number > 0 and <= 10000000, got 0'],
    [
      ['--observed', '20', '--expected', 'three'],
      '--expected: expected a number > 0 and <= 10000000, got “three”',
    ],
    [
      ['--observed', '20', '--expected', '3.5', '--confidence', '95'],
      '--confidence: expected a number > 0 and < 1, got 95',
    ],
    [
      ['--observed', '20', '--expected', '3.5', '--dispersion', '0.5'],
      '--dispersion: expected a number >= 1 and <= 100',
    ],
    [
      ['--observed', '9007199254740993', '--expected', '1'],
      '--observed: expected a whole number >= 0 and <= 10000000, got 9007199254740993',
    ],
    [
      ['--observed', '20', '--expected', '3.5', '--dispersion', '1e308'],
      '--dispersion: expected a number >= 1 and <= 100 (or null: no dispersion, the Poisson tail only), got 1e308',
    ],
    [['--observed', '20', '--expected', '3.5', '--ratio', '2'], 'unknown option --ratio'],
  ])('spike %j fails with exit code 2 and says why', (argv, message) => {
    const run = runCli(['spike', ...argv]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
