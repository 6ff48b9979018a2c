import { describe, expect, it } from 'vitest';
import { barFigure } from '../../../../src/core/figure/barFigure';
import { committedDaysSpec, recordingSpikeReading } from '../../../../src/core/figure/views/committedDays';

// The Mayor's answer of 13 July 2017 (../shared/sources/reported-figures.md, section 6).
const ANSWER = {
  recordedOn: '2017-06-06',
  recorded: 23,
  publishedAt: '2017-07-13',
  byDayCommitted: [
    { date: '2017-06-06', count: 6 },
    { date: '2017-02-02', count: 1 },
    { date: '2017-05-31', count: 1 },
    { date: '2017-06-01', count: 1 },
    { date: '2017-06-02', count: 1 },
    { date: '2017-06-04', count: 6 },
    { date: '2017-06-05', count: 7 },
  ],
  sources: [],
};

describe('the crimes recorded on 6 June 2017 by the day committed', () => {
  it('draws one bar per day, earliest first, summing to the 23 recorded', () => {
    const spec = committedDaysSpec(ANSWER, { dataVersion: 'sha256:0', link: 'https://b.example/' });
    expect(spec.bars.map((b) => [b.id, b.value])).toEqual([
      ['2017-02-02', 1],
      ['2017-05-31', 1],
      ['2017-06-01', 1],
      ['2017-06-02', 1],
      ['2017-06-04', 6],
      ['2017-06-05', 7],
      ['2017-06-06', 6],
    ]);
    expect(spec.bars.reduce((sum, b) => sum + (b.value ?? 0), 0)).toBe(23);
    expect(spec.rows[5]).toEqual(['2017-06-05', 7]);
    expect(barFigure(spec, { width: 320 }).bars).toHaveLength(7);
  });

  it('says plainly that the 6 June spike is one of recording', () => {
    expect(recordingSpikeReading(ANSWER)).toBe(
      'Of the 23 crimes recorded on 6 June 2017, 6 were committed that day. The most were committed on 5 June 2017 ' +
        '(7) and 4 June 2017 (6). The spike of 6 June 2017 is a spike of recording: the police count a crime on the ' +
        'day they record it, and by the day committed the crimes cluster on the days after the attack.',
    );
  });
});
