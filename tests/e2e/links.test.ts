import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteUnderTest } from './openPage';

// Links as readers share them: each opens the view it names, scrolled to its panel; Back and Forward step through
// the views a reader chose; every value a link carries that the page cannot show is named in one notice.
const site = siteUnderTest('/site/');

/** Returns where a panel's heading sits in the viewport, once it is there. */
async function headingTop(page: Page, id: string): Promise<number> {
  const heading = page.locator(`#${id}`);
  await heading.waitFor();
  return (await heading.boundingBox())?.y ?? Number.NaN;
}

const search = (page: Page) => new URL(page.url()).search;

describe('links to the dashboard', () => {
  it('opens a linked panel that loads only when scrolled near, and scrolls to it', async () => {
    const { page, problems } = await openPage(site().browser, `${site().url}?view=london&area=Camden`);
    const select = page.getByRole('combobox', { name: 'Area' });
    await expect.poll(() => select.inputValue()).toBe('Camden');
    // Scrolled to the panel: its heading is near the top of the viewport, far down the page.
    await expect.poll(async () => Math.abs(await headingTop(page, 'london-heading'))).toBeLessThan(60);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('scrolls to a panel named by its hash', async () => {
    const { page } = await openPage(site().browser, `${site().url}#national-heading`);
    await expect.poll(async () => Math.abs(await headingTop(page, 'national-heading'))).toBeLessThan(60);
    await page.close();
  });

  it('steps back and forward through the views a reader chose', async () => {
    const { page, problems } = await openPage(site().browser, `${site().url}?us.res=year`);
    const panel = page.getByRole('region', { name: /United States: anti-Muslim hate incidents/ });
    const resolution = panel.getByRole('combobox', { name: /^Shown/ });
    await expect.poll(() => resolution.inputValue()).toBe('year');
    await panel.getByRole('button', { name: 'Autumn 2001' }).click();
    await expect.poll(() => search(page)).toBe('?view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31');
    await resolution.selectOption('week');
    await expect.poll(() => search(page)).toContain('us.res=week');
    await page.goBack();
    await expect.poll(() => resolution.inputValue()).toBe('day');
    expect(search(page)).toBe('?view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31');
    await page.goBack();
    await expect.poll(() => resolution.inputValue()).toBe('year');
    expect(search(page)).toBe('?us.res=year');
    await page.goForward();
    await expect.poll(() => resolution.inputValue()).toBe('day');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names every value it cannot use in one notice, with what it shows instead', async () => {
    const { page } = await openPage(
      site().browser,
      `${site().url}?view=uk&us.res=hour&us.method=magic&area=Atlantis&force=thames-valley`,
    );
    const notice = page.getByRole('alert').filter({ hasText: 'This link asked for' });
    await expect
      .poll(async () => (await notice.locator('li').allTextContents()).sort())
      .toEqual(
        [
          'view=uk: expected one of us, ho, london, police, national, reported, versions; showing no panel instead.',
          'us.res=hour: expected one of day, week, month, year; showing months instead.',
          'us.method=magic: no such method; showing no baseline instead.',
          'area=Atlantis: no such area in the London series; showing London instead.',
          // Thames Valley's returns give hate crime only: it has no Islamophobic series to show.
          'force=thames-valley: no police force with Islamophobic counts has that id; showing london instead.',
        ].sort(),
      );
    await page.close();
  });

  it('copies the link of a panel’s view', async () => {
    const { page } = await openPage(site().browser, `${site().url}?view=national`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.getByRole('region', { name: 'The national comparison the police published' });
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site().url}?view=national`);
    await page.close();
  });
});
