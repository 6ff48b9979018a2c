import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDirectory, type StaticServer } from '../../scripts/lib/staticServer';

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

/** The browser and the built app's server of a test file: started before its tests, closed after them. */
export interface Site {
  readonly browser: Browser;
  readonly url: string;
}

/** Registers hooks that start Chromium and serve the built app under `base` for a file's tests; read it in a test. */
export function siteUnderTest(base = '/'): () => Site {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveDirectory(inject('distDir'), base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (browser === undefined || server === undefined) throw new Error('the site is not started');
    return { browser, url: server.url };
  };
}
