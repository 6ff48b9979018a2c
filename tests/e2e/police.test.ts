import { describe, expect, it } from 'vitest';
import { openPage, siteUnderTest } from './openPage';

// The story's own series as a reader meets it: the Met's Islamophobic crimes by month, June 2017 against its
// baseline, the story's daily average checked, and another force one choice away.
const site = siteUnderTest();

describe('the police forces’ Islamophobic series', () => {
  it('shows the Met’s June 2017 at 367 against its baseline, and the story’s 3.5 a day beside the series’ 3.58', async () => {
    const { page, problems } = await openPage(site().browser, `${site().url}?view=police`);
    const panel = page.getByRole('region', { name: /Islamophobic crime recorded by the police/ });
    await panel.locator('.figure-chart path.series-observed').waitFor();
    const story = panel.getByTestId('story-month');
    expect(await story.textContent()).toMatch(
      /^June 2017: 367 Islamophobic crimes recorded, against a mean of [\d.]+ a month in the 12 months before: ×\d\.\d\d \(95% interval ×\d\.\d\d to ×\d\.\d\d, exact/,
    );
    expect(await panel.getByTestId('daily-average').textContent()).toContain(
      '3.58 a day from January to May 2017',
    );
    await panel.getByText(/^Data table \(44 months\)/).click();
    const june = panel.locator('table tbody tr', { has: page.locator('th:text-is("June 2017")') });
    expect(await june.locator('td').first().textContent()).toBe('367');
    // Every force against its own baseline: ranked by the ratio, the Met's row holding its 367.
    await panel.getByText(/^Every force’s June 2017 against its own baseline/).click();
    const ranking = panel.locator('.force-ranking table tbody tr');
    const rows = await ranking.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
    const met = rows.find((row) => row[0] === 'Metropolitan Police Service');
    expect(met?.[1]).toBe('367');
    const ratios = rows
      .filter((row) => row.length === 5)
      .map((row) => Number(row[3]?.match(/^×([\d.]+)/)?.[1]));
    expect(ratios.length).toBeGreaterThan(5);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
    expect(rows.some((row) => row[0] === 'Thames Valley Police')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to Greater Manchester (June 2017: 151), with the force in the address', async () => {
    const { page, problems } = await openPage(site().browser, `${site().url}?view=police`);
    const panel = page.getByRole('region', { name: /Islamophobic crime recorded by the police/ });
    await panel.getByRole('combobox', { name: 'Police force' }).selectOption('manchester');
    await expect.poll(() => new URL(page.url()).searchParams.get('force')).toBe('manchester');
    await expect
      .poll(() => panel.getByTestId('story-month').textContent())
      .toMatch(/^June 2017: 151 Islamophobic/);
    expect(await panel.getByTestId('daily-average').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('places the 23 crimes recorded on 6 June on the days committed: seven bars summing to 23', async () => {
    const { page, problems } = await openPage(site().browser, site().url);
    const card = page.getByRole('article', { name: /Islamophobic incidents, London, 6 June 2017/ });
    const section = card.getByTestId('recording-versions');
    await section.locator('.recharts-bar-rectangle path').first().waitFor();
    expect(await section.locator('.recharts-bar-rectangle path').count()).toBe(7);
    expect(await section.getByTestId('recording-reading').textContent()).toContain(
      'Of the 23 crimes recorded on 6 June 2017, 6 were committed that day.',
    );
    // The chart's accessible name carries the figure's summary: the bars' values, which add up to the 23.
    const label = (await section.getByRole('img').getAttribute('aria-label')) ?? '';
    const values = [...label.matchAll(/: (\d+)(?=[;.,])/g)].map((m) => Number(m[1]));
    expect(values.reduce((sum, v) => sum + v, 0)).toBe(23);
    expect(await section.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^23 recorded, 6 committed that day \(13 July 2017: /),
      expect.stringMatching(
        /^21 recorded, 5 committed that day \(14 September 2017: .*14 of the 21 were racially/,
      ),
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks each of the story’s claims with a verdict and its evidence', async () => {
    const { page, problems } = await openPage(site().browser, site().url);
    const panel = page.getByRole('region', { name: 'The story’s claims, checked' });
    const claim = (id: string) => panel.getByTestId(`claim-${id}`);
    await claim('spike-after-london-bridge').waitFor();
    const verdicts = await panel.locator('.verdict').allTextContents();
    expect(verdicts).toEqual([
      'Consistent, not verifiable with public data',
      'Consistent, not verifiable with public data',
      'Consistent, not verifiable with public data',
      'Supported',
    ]);
    expect(await claim('twenty-against-three-and-a-half').textContent()).toContain(
      '3.58 Islamophobic crimes a day from January to May 2017',
    );
    expect(await claim('higher-than-paris-and-rigby').textContent()).toContain(
      'the Lee Rigby comparison cannot be checked',
    );
    expect(await claim('spike-after-london-bridge').textContent()).toContain(
      '19 were committed from 4 to 6 June',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
