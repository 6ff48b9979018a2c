import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LondonMonthlyPanel } from '../../../src/features/monthly-chart/LondonMonthlyPanel';
import { renderWithClient } from '../renderWithClient';

// A second, simple reading of the shipped file, to check what the panel shows.
const london = readFileSync(resolve('data/mps-rr-public-fear-monthly.csv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','))
  .filter(([, area]) => area === 'London')
  .map(([date, , count]) => ({ date: date as string, count: Number(count) }));

const panel = () => screen.getByRole('region', { name: /London: racially or religiously aggravated/ });
const row = (table: HTMLElement, month: string) =>
  within(within(table).getByRole('rowheader', { name: month }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('LondonMonthlyPanel on the shipped MPS series', () => {
  it('never compares across the 2012 recording change: the first baseline is May 2013’s', async () => {
    renderWithClient(<LondonMonthlyPanel />);
    await userEvent.click(await within(panel()).findByText(/^Data table \(\d+ months\)$/));
    const table = await within(panel()).findByRole('table');
    expect(row(table, 'April 2010')).toEqual(['34', '—', '—', '—']);
    expect(row(table, 'April 2013')[1]).toBe('—');
    const may2012 = london.findIndex((p) => p.date === '2012-05');
    const mean = london.slice(may2012, may2012 + 12).reduce((sum, p) => sum + p.count, 0) / 12;
    expect(row(table, 'May 2013')[1]).toBe(mean.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
    expect(
      within(panel()).getByText(/Months before May 2012 \(shaded\) were recorded differently/),
    ).toBeTruthy();
    expect(within(panel()).getByText(/Not an Islamophobic series/)).toBeTruthy();
  });

  it('shows one borough when it is chosen, and keeps the choice in the URL', async () => {
    renderWithClient(<LondonMonthlyPanel />);
    await userEvent.click(await within(panel()).findByText(/^Data table \(\d+ months\)$/));
    await within(panel()).findByRole('table');
    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Area' }), 'Camden');
    expect(new URLSearchParams(window.location.search).get('area')).toBe('Camden');
    expect(within(panel()).getByRole('table').querySelector('caption')?.textContent).toContain(': Camden');
  });
});
