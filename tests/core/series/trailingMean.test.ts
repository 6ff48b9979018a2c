import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, highestBy } from '../../../src/core/series/compareWithBaseline';
import { trailingMeanBaseline } from '../../../src/core/series/trailingMean';
import fixture from '../../fixtures/r/spike.json';

const shipped = readFileSync(new URL('../../../data/ho-rra-monthly-ew.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [date, count] = line.split(',');
    return { date: date as string, count: Number(count) };
  });

describe('trailingMeanBaseline(counts, window)', () => {
  it('returns the mean of the window before each point, excluding the point', () => {
    expect(trailingMeanBaseline([1, 2, 3, 10], 3)).toEqual([
      { kind: 'insufficient-data', need: 3, have: 0 },
      { kind: 'insufficient-data', need: 3, have: 1 },
      { kind: 'insufficient-data', need: 3, have: 2 },
      { kind: 'value', expected: 2 },
    ]);
  });

  it('treats a missing value as missing, not as zero', () => {
    expect(trailingMeanBaseline([4, null, 8, 9], 2)[3]).toEqual({
      kind: 'insufficient-data',
      need: 2,
      have: 1,
    });
    expect(trailingMeanBaseline([4, 0, 8, 9], 2)[3]).toEqual({ kind: 'value', expected: 4 });
  });

  it('does not mutate its input and rejects a window below 1', () => {
    const counts = [3, 1, 2];
    trailingMeanBaseline(counts, 2);
    expect(counts).toEqual([3, 1, 2]);
    expect(() => trailingMeanBaseline(counts, 0)).toThrow(RangeError);
  });

  it('matches R over the shipped Home Office series (tests/fixtures/r/spike.json)', () => {
    const baseline = trailingMeanBaseline(
      shipped.map((p) => p.count),
      12,
    );
    expect(shipped.map((p) => p.date)).toEqual(fixture.hoTrailingMean12.dates);
    baseline.forEach((point, i) => {
      const ref = fixture.hoTrailingMean12.expected[i];
      if (ref === null || ref === undefined) expect(point.kind).toBe('insufficient-data');
      else expect(point.kind === 'value' && Math.abs(point.expected - ref)).toBeLessThan(1e-9);
    });
  });
});

describe('compareWithBaseline and highestBy over the Home Office series', () => {
  const rows = compareWithBaseline(
    shipped,
    trailingMeanBaseline(
      shipped.map((p) => p.count),
      12,
    ),
  );
  it('June 2017 is the highest month: 6,042 against a trailing mean of 4,270', () => {
    const top = highestBy(rows, 'observed');
    expect(top?.date).toBe('2017-06');
    expect(top?.observed).toBe(6042);
    expect(top?.expected).toBe(4270);
    expect(top?.ratio).toBeCloseTo(6042 / 4270, 12);
  });
  it('July 2016 is furthest above its baseline (5,605 against 3,533.25)', () => {
    const top = highestBy(rows, 'ratio');
    expect(top?.date).toBe('2016-07');
    expect(top?.expected).toBeCloseTo(3533.25, 9);
  });
  it('the first twelve months have no baseline and say why', () => {
    expect(rows[0]?.reason).toBe('needs 12 earlier values, has 0');
    expect(rows[12]?.reason).toBeNull();
  });
});
