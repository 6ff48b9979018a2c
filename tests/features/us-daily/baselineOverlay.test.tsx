import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { earsC } from '../../../src/core/detection/ears';
import { LinkNotice } from '../../../src/ui/page/LinkNotice';
import { UsDailyPanel } from '../../../src/features/us-daily/UsDailyPanel';
import { renderWithClient } from '../renderWithClient';

// The shipped daily file read simply, and EARS C2 run on it directly (not through the registry the panel uses).
const days = readFileSync(resolve('data/fbi-anti-muslim-daily.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([date, count]) => ({ date: date as string, count: Number(count) }));

const panel = () => screen.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });

describe('the baseline picker on the US chart', () => {
  it('states EARS C2 with every parameter and lists the September 2001 alarm days EARS gives', async () => {
    const result = earsC(
      days.map((d) => d.count),
      { method: 'C2', baseline: 7, alpha: 0.001 },
    );
    if (!('rows' in result)) throw new Error('EARS C2 did not run');
    const expectedAlarms = result.rows
      .map((row, i) => ({ alarm: row.alarm, date: days[i]?.date ?? '' }))
      .filter((row) => row.alarm === true && row.date >= '2001-09-01' && row.date <= '2001-09-30')
      .map((row) => row.date);
    expect(expectedAlarms.length).toBeGreaterThan(0);

    renderWithClient(<UsDailyPanel />, '?us.res=day&us.from=2001-09-01&us.to=2001-09-30&us.method=ears-c2');
    const line = await within(panel()).findByTestId('method-line');
    expect(line.textContent).toContain(
      'EARS C2: baseline = 7, alpha = 0.001, minSigma = 0; as R’s surveillance::earsC (method = "C2")',
    );
    expect(line.textContent).toContain(
      `${expectedAlarms.length} day${expectedAlarms.length === 1 ? '' : 's'} in the window alarm`,
    );
    if (expectedAlarms.length <= 8) expect(line.textContent).toContain(expectedAlarms.join(', '));
  });

  it('writes a changed parameter into the URL and reruns with it', async () => {
    renderWithClient(<UsDailyPanel />, '?us.res=day&us.from=2001-09-01&us.to=2001-09-30&us.method=ears-c1');
    await within(panel()).findByTestId('method-line');
    const baseline = within(panel()).getByRole('spinbutton', { name: /\(baseline\)/ });
    await userEvent.clear(baseline);
    await userEvent.type(baseline, '14');
    expect(new URLSearchParams(window.location.search).get('us.params')).toBe('baseline=14');
    expect(within(panel()).getByTestId('method-line').textContent).toContain('baseline = 14');
  });

  it('names a bad value of the link in the page’s notice, with what it used instead, and keeps the chart', async () => {
    renderWithClient(
      <>
        <LinkNotice />
        <UsDailyPanel />
      </>,
      '?us.method=ears-c1&us.params=alpha=2&us.res=hour',
    );
    const notice = await screen.findByRole('alert');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'us.res=hour: expected one of day, week, month, year; showing months instead.',
      'us.params=alpha=2: alpha: expected a number >= 1e-12 and <= 0.5, got 2; showing the default instead.',
    ]);
    expect(await within(panel()).findByRole('img')).toBeTruthy();
  });

  it('answers a link with a window longer than the series at once: the parameter, its range and the value', async () => {
    renderWithClient(<UsDailyPanel />, '?us.res=day&us.method=trailing-mean&us.params=window=100000000');
    const alert = await within(panel()).findByRole('alert');
    expect(alert.textContent).toBe(
      'window: expected a whole number >= 1 and <= 12052 (window + guard must leave at least one of the ' +
        'series’ 12,053 rows to test), got 100000000',
    );
    expect(within(panel()).queryByTestId('method-line')).toBeNull();
    expect(within(panel()).getByRole('img')).toBeTruthy();
  });

  it('keeps a typed window past the series out of the URL, says why beside the field, and keeps the chart', async () => {
    renderWithClient(<UsDailyPanel />, '?us.res=day&us.method=trailing-mean&us.params=window=14');
    await within(panel()).findByTestId('method-line');
    const window = within(panel()).getByRole('spinbutton', { name: /\(window\)/ });
    expect(window.getAttribute('max')).toBe('12052');
    await userEvent.clear(window);
    await userEvent.type(window, '1000000');
    expect(window.getAttribute('aria-invalid')).toBe('true');
    const message = within(panel()).getByRole('alert');
    expect(message.textContent).toBe(
      'window: expected a whole number >= 1 and <= 12052 (window + guard must leave at least one of the ' +
        'series’ 12,053 rows to test), got 1000000; the chart keeps 10000.',
    );
    // The last value in range reached the URL (1, 10, …, 10000 as typed), those past it did not.
    expect(new URLSearchParams(window.ownerDocument.defaultView?.location.search).get('us.params')).toBe(
      'window=10000',
    );
    expect(within(panel()).getByTestId('method-line').textContent).toContain('window = 10000,');
  });

  it('offers every method of the registry, Farrington and CUSUM included', async () => {
    renderWithClient(<UsDailyPanel />);
    const select = await within(panel()).findByRole('combobox', { name: 'Method' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'None',
      expect.stringMatching(/trailing mean/i),
      expect.stringMatching(/trailing median/i),
      expect.stringMatching(/weekday/i),
      'EARS C1',
      'EARS C2',
      'EARS C3',
      expect.stringMatching(/Farrington/),
      expect.stringMatching(/CUSUM/),
    ]);
  });
});
