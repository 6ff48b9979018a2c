import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { viewContent } from '../../../../src/core/figure/views/viewContent';
import { readFigureInputs } from '../../../../src/data/readFigureInputs';
import { parseView } from '../../../../src/link/viewQuery';

const read = (name: string) => readFile(new URL(`../../../../data/${name}`, import.meta.url), 'utf8');

describe('a state filter over years the state did not report', () => {
  it('leaves Hawaii’s years before 2017 missing and shaded, never 0, and no baseline uses them', async () => {
    // Hawaii's agencies sent the FBI no hate crime incident of any bias from 1991 to 2016 (the shipped file).
    const stateYears = (await read('fbi-state-year-incidents.csv'))
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('HI,'))
      .map((line) => line.split(','));
    expect(stateYears.filter((row) => row[2] === '0').map((row) => Number(row[1]))).toEqual(
      Array.from({ length: 26 }, (_, i) => 1991 + i),
    );
    const query = 'view=us&us.res=year&us.state=HI&us.method=trailing-mean&us.params=window=3';
    const content = viewContent(
      await readFigureInputs(parseView(query).view, read, `https://b.example/?${query}`),
    );
    if (content.kind !== 'time') throw new Error('expected a time series');
    const { rows, shades, notes } = content.spec;
    expect(rows.filter((r) => r.period < '2017').every((r) => r.value === null && r.count === null)).toBe(
      true,
    );
    expect(rows.find((r) => r.period === '2017')?.value).toBe(1);
    // The trailing mean needs three reported years: 2017–2019 before its first expected value (2020).
    expect(rows.filter((r) => r.expected !== null).map((r) => r.period)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(shades).toEqual([{ from: '1991-01-01', to: '2016-12-31', label: 'Not reporting' }]);
    expect(notes[0]).toBe(
      'Not reporting (shaded): HI’s agencies sent the FBI no hate crime incident of any bias in 1991–2016; ' +
        'those years are missing, not 0, and no baseline uses them.',
    );
  });

  it('leaves missing a week that runs from a reported year into one not reported, never part-counted', async () => {
    // Alabama's agencies reported 3 hate crime incidents in 2004 and none in 2005 (the shipped file): the week of
    // Monday 27 December 2004 runs to Sunday 2 January 2005, so its count would mix a reported year with a silent one.
    const query = 'view=us&us.res=week&us.state=AL&us.from=2004-12-01&us.to=2004-12-31';
    const content = viewContent(
      await readFigureInputs(parseView(query).view, read, `https://b.example/?${query}`),
    );
    if (content.kind !== 'time') throw new Error('expected a time series');
    const week = (start: string) => content.spec.rows.find((r) => r.period === start);
    expect(week('2004-12-27')).toMatchObject({
      start: '2004-12-27',
      end: '2005-01-02',
      count: null,
      value: null,
    });
    expect(week('2004-12-20')?.count).toBe(0);
  });
});
