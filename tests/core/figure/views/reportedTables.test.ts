import { describe, expect, it } from 'vitest';
import type { ReportedInput } from '../../../../src/core/figure/views/reportedInputs';
import { reportedTable, versionsTable } from '../../../../src/core/figure/views/reportedTables';
import type { Source } from '../../../../src/core/provenance';

const source: Source = {
  id: 'synthetic-source',
  publisher: 'Test publisher',
  title: 'Synthetic figures for tests',
  url: null,
  date: '2017-06-08',
  licence: 'test data',
  caveats: [],
};

/** Synthetic reported figures (test data, not a source's). */
const input = (sourceIds: readonly string[], comparison = 40): ReportedInput => ({
  events: [{ id: 'e1', date: '2017-06-03', name: 'Synthetic event', regions: ['uk'] }],
  dataVersion: 'sha256:0123456789abcdef',
  link: 'https://backlash.example/?view=reported',
  sourcesById: new Map([[source.id, source]]),
  comparisons: [],
  spikes: [
    {
      id: 's1',
      label: 'Synthetic incidents',
      publisher: 'Test publisher',
      area: 'Testshire',
      date: '2017-06-06',
      expectedLabel: 'daily average',
      versions: [{ observed: 20, expected: 4, wording: null, sources: sourceIds }],
    },
  ],
  periodComparisons: [
    {
      id: 'p1',
      label: 'Synthetic crimes',
      publisher: 'Test publisher',
      area: 'Testshire',
      event: 'e1',
      period: 'the month after',
      observed: 60,
      comparison,
      comparisonLabel: 'the month a year before',
      wording: null,
      caveat: null,
      sources: sourceIds,
    },
  ],
});

describe('tables of reported figures', () => {
  it('writes each comparison with its ratio, exact interval, change and the event’s name', () => {
    const table = reportedTable(input([source.id]));
    const row = Object.fromEntries(table.columns.map((c, i) => [c.name, table.rows[0]?.[i]]));
    expect(row).toMatchObject({ event: 'Synthetic event', reported: 60, comparison: 40, ratio: 1.5 });
    expect(row['change_percent']).toBe(50);
    expect(Number(row['ratio_lower'])).toBeLessThan(1.5);
    expect(Number(row['ratio_upper'])).toBeGreaterThan(1.5);
    expect(table.metadata.sources).toEqual([source]);
  });

  it('leaves the ratio empty, not infinite or 0, when the comparison count is 0', () => {
    const table = reportedTable(input([source.id], 0));
    const ratio = table.columns.findIndex((c) => c.name === 'ratio');
    expect(table.rows[0]?.[ratio]).toBeNull();
  });

  it('names a source the catalogue lacks, and a spike the figures lack', () => {
    expect(() => reportedTable(input(['missing-source']))).toThrow(
      'the reported figures cite a source not listed: missing-source',
    );
    expect(() => versionsTable({ view: 'versions', spike: 'nope' }, input([source.id]))).toThrow(
      'spike=nope: no such reported spike; expected one of s1',
    );
    const [row] = versionsTable({ view: 'versions', spike: 's1' }, input([source.id])).rows;
    // P(X >= 20) for a Poisson mean of 4: R's ppois(19, 4, lower.tail = FALSE) = 1.020052e-08.
    expect(row?.slice(0, 4)).toEqual([20, 4, 5, expect.closeTo(1.020052e-8, 13)]);
    // More variable days make the same count less surprising: the tail grows with the dispersion.
    const tails = (row?.slice(3, 8) ?? []) as number[];
    expect(tails).toEqual([...tails].sort((a, b) => a - b));
    expect(row?.slice(8)).toEqual([null, 'synthetic-source']);
  });
});
