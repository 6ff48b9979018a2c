import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UsDailyPanel } from '../../../src/features/us-daily/UsDailyPanel';
import { LinkNotice } from '../../../src/ui/page/LinkNotice';
import { simpleSplit } from '../../scripts/simpleCsv';
import { renderWithClient } from '../renderWithClient';

// A second, simple reading of the shipped incident file (the tests' own quote-aware splitter).
const lines = readFileSync(resolve('data/fbi-anti-muslim-incidents.csv'), 'utf8').trim().split('\n').slice(1);
const newYork = lines.map(simpleSplit).filter((fields) => fields[2] === 'NY');
const busiestNewYorkMonth = [
  ...newYork.reduce((months, fields) => {
    const month = (fields[1] ?? '').slice(0, 7);
    return months.set(month, (months.get(month) ?? 0) + 1);
  }, new Map<string, number>()),
].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];

const panel = () => screen.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });

describe('filtering the US series by state', () => {
  it('loads the incident file only when asked, and re-counts New York’s incidents in the browser', async () => {
    expect(newYork.length).toBeGreaterThan(100);
    renderWithClient(<UsDailyPanel />);
    const open = await within(panel()).findByRole('button', { name: /Filter by state or offence/ });
    expect(within(panel()).queryByRole('combobox', { name: 'State' })).toBeNull();
    await userEvent.click(open);
    const stateSelect = await within(panel()).findByRole('combobox', { name: 'State' });
    await userEvent.selectOptions(stateSelect, 'NY');
    expect(new URLSearchParams(window.location.search).get('us.state')).toBe('NY');
    expect(within(panel()).getByTestId('filter-line').textContent).toContain(
      `${newYork.length.toLocaleString('en-GB')} of ${lines.length.toLocaleString('en-GB')} incidents match: NY; all offences; single- and multi-bias`,
    );
    const [month, count] = busiestNewYorkMonth ?? ['', 0];
    expect(within(panel()).getByText(/Highest month in the window/).textContent).toBe(
      `Highest month in the window: ${month}, ${count} anti-Muslim incidents.`,
    );
    expect(within(panel()).getByRole('radio', { name: 'Share of all hate incidents' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('names a state the incident file does not hold, and shows all states rather than a flat zero', async () => {
    renderWithClient(
      <>
        <LinkNotice />
        <UsDailyPanel />
      </>,
      '?us.state=Atlantis&us.offence=Levitation',
    );
    const notice = await screen.findByRole('alert');
    await within(notice).findByText(/us\.state=Atlantis/);
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'us.state=Atlantis: no such state in the FBI’s incidents; showing all states instead.',
      'us.offence=Levitation: no such offence in the FBI’s incidents; showing all offences instead.',
    ]);
    const stateSelect = await within(panel()).findByRole('combobox', { name: 'State' });
    expect((stateSelect as HTMLSelectElement).value).toBe('');
    expect(within(panel()).queryByTestId('filter-line')).toBeNull();
    expect(within(panel()).getByText(/Highest month in the window/).textContent).not.toContain(
      ' 0 anti-Muslim',
    );
  });
});
