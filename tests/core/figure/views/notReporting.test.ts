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
});
