import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { UsDailyPanel } from '../../../src/features/us-daily/UsDailyPanel';
import { server } from '../../../src/mocks/server';
import { renderWithClient } from '../renderWithClient';

// A second, simple reading of the shipped file: September 2001's sums.
const september2001 = readFileSync(resolve('data/fbi-anti-muslim-daily.csv'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('2001-09-'))
  .map((line) => line.split(',').map(Number))
  .reduce((sum, [, count, all]) => ({ count: sum.count + (count ?? 0), all: sum.all + (all ?? 0) }), {
    count: 0,
    all: 0,
  });

const panel = () => screen.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });

describe('UsDailyPanel on the shipped FBI series', () => {
  it('opens at the window in the URL and names its busiest day: 2001-09-12, 51 of 178', async () => {
    renderWithClient(<UsDailyPanel />, '?us.from=2001-09-01&us.to=2001-09-30&us.res=day');
    expect(await within(panel()).findByText(/Highest day in the window/)).toHaveProperty(
      'textContent',
      'Highest day in the window: 2001-09-12, 51 anti-Muslim incidents of 178 hate incidents.',
    );
    expect(within(panel()).getByRole('img').getAttribute('aria-label')).toContain('2001-09-01 to 2001-09-30');
  });

  it('shows the voluntary-reporting caveat and the FBI source', async () => {
    renderWithClient(<UsDailyPanel />);
    expect(await within(panel()).findByText(/Agencies report to the FBI voluntarily/)).toBeTruthy();
    expect(within(panel()).getByText(/Federal Bureau of Investigation/)).toBeTruthy();
  });

  it('zooms out with a preset and writes the window into the URL', async () => {
    expect(september2001).toEqual({ count: 330, all: 1966 });
    renderWithClient(<UsDailyPanel />, '?us.from=2001-09-01&us.to=2001-09-30&us.res=day');
    await within(panel()).findByText(/Highest day in the window/);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Autumn 2001' }));
    expect(new URLSearchParams(window.location.search).get('us.from')).toBe('2001-08-01');
    await userEvent.click(within(panel()).getByRole('button', { name: 'All, 1991–2023' }));
    // Every change points the address at this panel; a window that is the whole series is not written.
    expect(window.location.search).toBe('?view=us');
    expect(within(panel()).getByText(/Highest month in the window/).textContent).toBe(
      `Highest month in the window: 2001-09, ${september2001.count} anti-Muslim incidents of ${september2001.all.toLocaleString('en-GB')} hate incidents.`,
    );
  });

  it('switches to the share of all hate incidents', async () => {
    renderWithClient(<UsDailyPanel />, '?us.res=year');
    await within(panel()).findByText(/Highest year in the window/);
    await userEvent.click(within(panel()).getByRole('radio', { name: 'Share of all hate incidents' }));
    expect(new URLSearchParams(window.location.search).get('us.measure')).toBe('share');
    expect(within(panel()).getByRole('img').getAttribute('aria-label')).toContain(
      'yearly share of all hate incidents',
    );
  });

  it('names the file, row and field when the daily file has a bad date', async () => {
    server.use(
      http.get('*/data/fbi-anti-muslim-daily.csv', () =>
        HttpResponse.text('date,count,all_count\n1991-01-01,0,11\n1991-02-30,1,9\n'),
      ),
    );
    renderWithClient(<UsDailyPanel />);
    const alert = await within(panel()).findByRole('alert');
    expect(alert.textContent).toContain('data/fbi-anti-muslim-daily.csv');
    expect(alert.textContent).toContain('expected a calendar day written YYYY-MM-DD (got “1991-02-30”)');
  });

  it('gives the chart’s rows as a table, sortable from the keyboard, a page at a time', async () => {
    renderWithClient(<UsDailyPanel />, '?us.res=day');
    const summary = await within(panel()).findByText('Data table (12,053 days)');
    await userEvent.click(summary);
    const table = within(panel()).getByRole('table', { name: /1991-01-01 to 2023-12-31/ });
    expect(within(panel()).getByText('days 1 to 100 of 12,053')).toBeTruthy();
    const recorded = within(table).getByRole('button', { name: 'Recorded' });
    recorded.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(recorded.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    const first = within(table).getAllByRole('row')[1];
    expect(first?.textContent).toBe('12 September 200151');
  });
});
