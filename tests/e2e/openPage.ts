import type { Browser, Page } from 'playwright-core';

/** Opens a page and records every console error or warning, uncaught page error and failed request. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { readonly width?: number; readonly permissions?: readonly string[] } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  if (options.permissions !== undefined) await context.grantPermissions([...options.permissions]);
  const page = await context.newPage();
  // Playwright waits 30 s by default; a loaded machine can take longer to build a panel.
  page.setDefaultTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  await page.goto(url);
  return { page, problems };
}
