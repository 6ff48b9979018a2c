import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { viewContent } from '../../src/core/figure/views/viewContent';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { parseView } from '../../src/link/viewQuery';
import { openPage, siteUnderTest } from './openPage';

// The US panel as an analyst uses it: a state's years without reporting shaded and left out, and the chart's data
// table holding exactly the figure's rows, sortable from the keyboard.
const site = siteUnderTest();

const read = (name: string) => readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8');

/** The rows the figure of a view holds, computed in Node from the shipped data (the page is not asked). */
async function figureRows(query: string) {
  const content = viewContent(await readFigureInputs(parseView(query).view, read, 'https://b.example/'));
  if (content.kind !== 'time') throw new Error('expected a time series');
  return content.spec.rows;
}

describe('the US panel, filtered and tabled', () => {
  it('shades and labels the years a state did not report, and tables them as missing, never 0', async () => {
    const { page, problems } = await openPage(
      site().browser,
      `${site().url}?us.res=year&us.state=HI&panel=us`,
    );
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    await panel.getByTestId('filter-line').waitFor();
    await expect.poll(() => panel.locator('.figure-chart rect.shade').count()).toBe(1);
    expect(await panel.locator('.figure-legend').textContent()).toContain('Not reporting');
    expect(
      await panel.getByText(/^Not reporting \(shaded\): HI’s agencies sent the FBI no hate crime/).count(),
    ).toBe(1);
    // The shade runs from 1991 to the end of 2016, up to where 2017 starts on the axis.
    const shade = await panel.locator('.figure-chart rect.shade').boundingBox();
    const plot = await panel
      .locator('.figure-chart .recharts-xAxis .recharts-cartesian-axis-line')
      .boundingBox();
    if (shade === null || plot === null) throw new Error('no shade or axis');
    expect(Math.abs(shade.x - plot.x)).toBeLessThan(1);
    expect(shade.width / plot.width).toBeCloseTo((2017 - 1991) / (2024 - 1991), 2);
    await panel.getByText(/^Data table/).click();
    const cells = (year: string) =>
      panel.locator('table tbody tr', { has: page.locator(`th:text-is("${year}")`) }).locator('td');
    expect(await cells('2010').first().textContent()).toBe('—');
    expect(await cells('2017').first().textContent()).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tables exactly the figure’s rows, and sorts them from the keyboard', async () => {
    const query = 'us.res=month&us.from=2001-01-01&us.to=2002-12-31&us.method=ears-c2';
    const { page, problems } = await openPage(site().browser, `${site().url}?${query}&panel=us`);
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    await panel.getByTestId('method-line').waitFor();
    await panel.getByText(/^Data table \(24 months\)/).click();
    const table = panel.locator('table');
    const read = () =>
      table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
        );
    const expected = await figureRows(`view=us&${query}`);
    const shown = await read();
    expect(shown).toHaveLength(24);
    expect(shown.map((row) => row[1])).toEqual(expected.map((row) => String(row.value)));
    expect(shown.map((row) => row[2])).toEqual(
      expected.map((row) =>
        row.expected === null ? '—' : row.expected.toLocaleString('en-GB', { maximumFractionDigits: 1 }),
      ),
    );
    // Sorting by the recorded count from the keyboard: lowest first, then highest first.
    const heading = table.getByRole('button', { name: /^Recorded/ });
    await heading.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => table.locator('th[aria-sort="ascending"]').textContent()).toContain('Recorded');
    const ascending = (await read()).map((row) => Number(row[1]));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await read())[0]?.[0]).toBe('September 2001');
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Recorded');
    const descending = (await read()).map((row) => Number(row[1]));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await page.close();
  });
});
