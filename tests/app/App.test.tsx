import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../src/mocks/server';
import { renderApp } from './renderApp';

const region = (name: RegExp) => screen.getByRole('region', { name });

describe('App on the shipped data (served by MSW)', () => {
  it('shows the Islamophobic spike: 20 against 3.5, ×5.7, +16.5, 1.1 × 10⁻⁹ and the exact intervals', async () => {
    renderApp();
    const card = await screen.findByRole('article', { name: /Islamophobic incidents, London, 6 June 2017/ });
    expect(within(card).getByTestId('observed')).toHaveProperty('textContent', '20');
    expect(within(card).getByTestId('expected')).toHaveProperty('textContent', '3.5');
    expect(within(card).getByTestId('ratio')).toHaveProperty('textContent', '×5.7');
    expect(within(card).getByTestId('excess')).toHaveProperty('textContent', '+16.5');
    expect(within(card).getByTestId('p-value')).toHaveProperty('textContent', '1.1 × 10⁻⁹');
    expect(within(card).getByTestId('count-interval')).toHaveProperty('textContent', '12.2 to 30.9');
    expect(within(card).getByTestId('ratio-interval')).toHaveProperty('textContent', '×3.5 to ×8.8');
    expect(within(card).getByText(/was 3 days after the London Bridge attack/)).toBeTruthy();
  });

  it('shows how the probability grows if days vary more than Poisson (R: pnbinom(19, size = 3.5/(φ-1), mu = 3.5))', async () => {
    renderApp();
    const card = await screen.findByRole('article', { name: /Islamophobic incidents, London, 6 June 2017/ });
    const table = within(card).getByRole('table', { name: /If days vary more than Poisson/ });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['1.1 × 10⁻⁹', '6.7 × 10⁻⁶', '1.3 × 10⁻⁴', '0.0015', '0.0087']);
  });

  it('shows every version the sources give, with its own ratio, and the disagreement about the day', async () => {
    renderApp();
    const card = await screen.findByRole('article', { name: /Racist incidents/ });
    const versions = within(card).getByRole('table', {
      name: /Every version the sources give \(2\): they disagree/,
    });
    const rows = within(versions).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['54', '38', '×1.42'],
      ['53', '37', '×1.43'],
    ]);
    expect(within(card).getByText(/6 June 2017 fell on a Tuesday/).textContent).toMatch(
      /“Tuesday” \(The Independent, Al Araby\); “Monday” \(Evening Standard, Tell MAMA\); “Wednesday”/,
    );
  });

  it('quotes the article word for word with speaker, role, event and source', async () => {
    renderApp();
    const quotes = await screen.findByRole('complementary', { name: 'What they said' });
    expect(
      await within(quotes).findByText('The backlash has been something of a different scale.'),
    ).toBeTruthy();
    expect(within(quotes).getByText('Clearly it takes more than just the police.')).toBeTruthy();
    expect(within(quotes).getAllByText('Cressida Dick')).toHaveLength(2);
    expect(within(quotes).getAllByText(/on the Finsbury Park attack \(19 June 2017\)/)).toHaveLength(2);
  });

  it('lists the six events of the story in date order with their sources', async () => {
    renderApp();
    const timeline = region(/The events of the story/);
    const items = await within(timeline).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2013-05-22',
      '2015-11-13',
      '2017-03-22',
      '2017-05-22',
      '2017-06-03',
      '2017-06-19',
    ]);
    expect(within(items[2] as HTMLElement).getByText(/National Police Chiefs’ Council/)).toBeTruthy();
  });

  it('tables the Home Office series against its trailing twelve-month mean', async () => {
    renderApp();
    const panel = region(/A recorded series/);
    const table = await within(panel).findByRole('table', { name: /trailing 12-month mean/ });
    const june2017 = within(table).getByRole('rowheader', { name: 'June 2017' }).closest('tr') as HTMLElement;
    expect(
      within(june2017)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6,042', '4,270', '×1.41', '+1,772']);
    const april2013 = within(table)
      .getByRole('rowheader', { name: 'April 2013' })
      .closest('tr') as HTMLElement;
    expect(
      within(april2013)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2,391', '—', '—', '—']);
    const note = panel.querySelector('.panel-note')?.textContent ?? '';
    expect(note).toContain('The highest month is June 2017 (6,042, ×1.41 its baseline).');
    expect(note).toContain('The month furthest above its baseline is July 2016 (×1.59).');
    expect(within(panel).getByRole('img', { name: /Line chart/ })).toBeTruthy();
    // Labels with no room are numbered in the chart, and the key under it names them (at the 800 px jsdom width).
    expect(
      within(panel).getByText(/^1: Finsbury Park attack \(19 Jun 2017\); 2: Christchurch mosque shootings/),
    ).toBeTruthy();
  });

  it('shows the national comparison: 234, 273, 319, 223 against 171 a day', async () => {
    renderApp();
    const panel = region(/The national comparison/);
    const table = await within(panel).findByRole('table', { name: /two days after each 2017 attack/ });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['234', '×1.37', '+63', '+12%'],
      ['273', '×1.60', '+102', '+50%'],
      ['319', '×1.87', '+148', '+34%'],
      ['223', '×1.30', '+52', '−7%'],
    ]);
  });

  it('lists every source with licence and caveats, and every data file with its raw checksum', async () => {
    renderApp();
    const panel = region(/^Sources$/);
    expect(await within(panel).findByText('Home Office')).toBeTruthy();
    expect(within(panel).getAllByText(/Licence: Open Government Licence v3.0/).length).toBeGreaterThan(0);
    const files = within(panel).getByRole('table', { name: /Files under data/ });
    expect(within(files).getByText('ho-rra-monthly-ew.csv')).toBeTruthy();
    expect(within(files).getByText(/home-office\/tables_csv\/Figure_2.csv/)).toBeTruthy();
  });

  it('opens the data table from its disclosure button', async () => {
    renderApp();
    const summary = await screen.findByText(/Data table \(72 months\)/);
    await userEvent.click(summary);
    expect(summary.closest('details')?.open).toBe(true);
  });
});

describe('App with a bad data file', () => {
  it('names the file, row and field of a negative count, and keeps the other panels', async () => {
    server.use(
      http.get('*/data/ho-rra-monthly-ew.csv', () =>
        HttpResponse.text('date,count\n2013-04,2391\n2013-05,-3\n'),
      ),
    );
    renderApp();
    const panel = region(/A recorded series/);
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Could not load the monthly series.');
    expect(within(alert).getByText('data/ho-rra-monthly-ew.csv')).toBeTruthy();
    expect(within(alert).getByText('2')).toBeTruthy();
    expect(within(alert).getByText('count')).toBeTruthy();
    expect(within(alert).getByText(/expected a whole number of 0 or more \(got “-3”\)/)).toBeTruthy();
    expect(await screen.findAllByText('×5.7')).toHaveLength(1);
  });

  it('names a JSON entry and field when the quotes file breaks its schema', async () => {
    server.use(
      http.get('*/data/quotes.json', () => HttpResponse.json({ quotes: [{ id: 'q', speaker: '' }] })),
    );
    renderApp();
    const alert = await within(
      await screen.findByRole('complementary', { name: 'What they said' }),
    ).findByRole('alert');
    expect(within(alert).getByText('data/quotes.json')).toBeTruthy();
    expect(within(alert).getByText('quotes[0].speaker')).toBeTruthy();
  });

  it('says which file is missing when the host answers 404', async () => {
    server.use(http.get('*/data/events.json', () => new HttpResponse(null, { status: 404 })));
    renderApp();
    const alert = await within(region(/The events of the story/)).findByRole('alert');
    expect(alert.textContent).toContain('could not be fetched (HTTP 404)');
  });

  it('shows an empty state for a series with a header and no rows', async () => {
    server.use(http.get('*/data/ho-rra-monthly-ew.csv', () => HttpResponse.text('date,count\n')));
    renderApp();
    expect(
      await within(region(/A recorded series/)).findByText('No data in the monthly series.'),
    ).toBeTruthy();
  });

  it('shows a loading state until the data arrives', async () => {
    renderApp();
    expect(within(region(/A recorded series/)).getByRole('status').textContent).toBe(
      'Loading the monthly series…',
    );
    expect(await screen.findByText('6,042')).toBeTruthy();
  });
});

describe('App’s other reported comparisons', () => {
  it('gives each published before-and-after comparison its ratio with the exact interval R’s poisson.test gives', async () => {
    renderApp();
    const panel = region(/Other comparisons the police published/);
    const table = await within(panel).findByRole('table');
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((c) => c.textContent),
      );
    // R 4.2: poisson.test(c(224, 37), c(1, 1)) gives 6.054054 (4.261253, 8.821457), and so on.
    expect(cells).toEqual([
      ['224', '37 in the same period of 2016', '×6.05 (×4.26 to ×8.82)', '+505%published: “a 505% increase”'],
      ['366', '92 in the same four weeks of 2016', '×3.98 (×3.16 to ×5.06)', '+298%'],
      // 269 / 40 = 6.725, stored as 6.72499…, so it rounds down, as R's round(6.725, 2) does.
      ['269', '40 in the same period of 2004', '×6.72 (×4.81 to ×9.63)', '+573%'],
      ['1,678', '1,205 in the year to January 2017', '×1.39 (×1.29 to ×1.50)', '+39%'],
    ]);
  });
});
