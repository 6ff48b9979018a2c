import { describe, expect, it } from 'vitest';
import { negativeBinomialUpperTail } from '../../../src/core/stats/negativeBinomialTail';
import { spikeTest } from '../../../src/core/stats/spikeTest';
import { expectProbabilityCloseToR } from '../detection/rFixtures';

describe('spikeTest optional fields', () => {
  it('spikeTest(20, 3.5) adds the mid-p (R: ppois(20, 3.5, lower.tail = FALSE) + dpois(20, 3.5) / 2, midP.json)', () => {
    const test = spikeTest(20, 3.5);
    expectProbabilityCloseToR(test.midP?.upper, 6.5917229972128554e-10, 'midP.upper');
    expect(test.negativeBinomial).toBeUndefined();
  });

  it('spikeTest(20, 3.5, 0.95, { dispersion: 3 }) adds the tail R gives as pnbinom(19, size = 1.75, mu = 3.5, lower.tail = FALSE)', () => {
    const test = spikeTest(20, 3.5, 0.95, { dispersion: 3 });
    expect(test.negativeBinomial?.phi).toBe(3);
    expect(test.negativeBinomial?.pValue).toBe(negativeBinomialUpperTail(20, 3.5, 3));
    expect(test.pValue).toBe(spikeTest(20, 3.5).pValue);
  });
});
