import { describe, expect, it } from 'vitest';
import {
  countQuantile,
  countUpperTail,
  negativeBinomial,
  poisson,
} from '../../../src/core/detection/farrington/discrete';
import { studentTwoSidedP } from '../../../src/core/detection/farrington/studentT';
import { threshold } from '../../../src/core/detection/farrington/thresholds';
import type { ModelPrediction } from '../../../src/core/detection/farrington/model';
import { expectProbabilityCloseToR, readFixture } from './rFixtures';

/** tests/fixtures/r/farringtonDistributions.json (scripts/r/farrington-fixtures.R). */
interface CountCase {
  readonly mean: number;
  readonly phi?: number;
  readonly size?: number;
  readonly prob?: number;
  readonly q95: number;
  readonly q99: number;
  readonly q05: number;
  readonly y: readonly number[];
  readonly upperTail: readonly number[];
}
interface DistributionGroup {
  readonly name: string;
  readonly cases?: readonly CountCase[];
  readonly t?: readonly number[];
  readonly df?: readonly number[];
  readonly p?: readonly number[];
}

const groups = readFixture<DistributionGroup>('farringtonDistributions.json').cases;
const group = (name: string) => groups.find((g) => g.name === name);

function expectCountsMatchR(label: string, c: CountCase, dist: ReturnType<typeof poisson>): void {
  // R writes some zero quantiles as -0; `+ 0` makes both +0.
  expect(countQuantile(dist, 0.95) + 0, `${label} q95`).toBe(c.q95 + 0);
  expect(countQuantile(dist, 0.99) + 0, `${label} q99`).toBe(c.q99 + 0);
  expect(countQuantile(dist, 0.05) + 0, `${label} q05`).toBe(c.q05 + 0);
  c.y.forEach((y, i) =>
    expectProbabilityCloseToR(countUpperTail(dist, y), c.upperTail[i] ?? null, `${label} P(X >= ${y})`),
  );
}

describe('count distributions against R (qnbinom, pnbinom, qpois, ppois)', () => {
  it.each((group('negative binomial')?.cases ?? []).map((c) => [c.mean, c.phi, c] as const))(
    'negativeBinomial(mean %f, phi %f): quantiles exact, upper tails to 1e-6 relative',
    (mean, phi, c) =>
      expectCountsMatchR(`NB(${mean}, ${phi})`, c, negativeBinomial(c.size ?? NaN, c.prob ?? NaN)),
  );
  it.each((group('poisson')?.cases ?? []).map((c) => [c.mean, c] as const))(
    'poisson(%f): quantiles exact, upper tails to 1e-6 relative',
    (mean, c) => expectCountsMatchR(`Pois(${mean})`, c, poisson(mean)),
  );
});

describe('studentTwoSidedP against R (2 * pt(-|t|, df))', () => {
  it('matches R to 1e-6 relative on a grid of t and df', () => {
    const g = group('student t');
    const ts = g?.t ?? [];
    expect(ts.length).toBeGreaterThan(0);
    ts.forEach((t, i) =>
      expectProbabilityCloseToR(
        studentTwoSidedP(t, g?.df?.[i] ?? NaN),
        g?.p?.[i] ?? null,
        `t ${t} df ${g?.df?.[i]}`,
      ),
    );
  });
});

// Values asserted by surveillance's tests/testthat/test-farringtonFlexible.R ("some results we know are
// found"), for R's threshold functions called directly; a prediction here is (eta, se of eta, phi).
const prediction = (eta: number, seLink: number, phi: number): ModelPrediction => ({
  eta,
  seLink,
  phi,
  doTrend: false,
  trendCoef: NaN,
});

describe('threshold against the surveillance package tests', () => {
  // predFit = 5, predSeFit = 0.2 on the response scale: eta = log 5, se(eta) = 0.2 / 5; phi = 1, y = 8.
  it.each([
    ['none', 8.6926872, 0.0907246, 0.8124165],
    ['1/2', 9.3744842, 0.1189986, 0.6857951],
    ['2/3', 9.1154825, 0.1094727, 0.7289546],
  ] as const)("threshold('delta', %s) gives R's upper, prob and score", (powertrans, upper, prob, score) => {
    const th = threshold('delta', powertrans, 0.05, prediction(Math.log(5), 0.2 / 5, 1), 8);
    expect(th.upper).toBeCloseTo(upper, 6);
    expect(th.pValue).toBeCloseTo(prob, 6);
    expect(th.score).toBeCloseTo(score, 6);
  });

  // predFit = log 5, predSeFit = log 2 on the link scale, y = 11.
  it.each([
    ['muan', 1.5, 24, 0.8597797, 0.4193982],
    ['muan', 1, 22, 0.9093099, 0.4605347],
    ['nbPlugin', 1.5, 10, 0.03763657, 1.11918153],
    ['nbPlugin', 1, 9, 0.01369527, 1.27061541],
  ] as const)(
    "threshold('%s', phi %f) gives R's upper, prob and score",
    (method, phi, upper, prob, score) => {
      const th = threshold(method, 'none', 0.05, prediction(Math.log(5), Math.log(2), phi), 11);
      expect(th.upper).toBe(upper);
      expect(th.pValue).toBeCloseTo(prob, 6);
      expect(th.score).toBeCloseTo(score, 6);
    },
  );
});
