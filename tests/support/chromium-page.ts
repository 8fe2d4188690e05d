/**
 * One Chromium tab for a describe block's tests: the browser is launched before them and closed
 * after, and `page` is the tab they share.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { launchChromium } from '../../cli/chromium';

export function chromiumPage(launchTimeoutMs?: number): { readonly page: Page } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  }, launchTimeoutMs);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get page(): Page {
      if (!page) throw new Error('the Chromium tab is opened in beforeAll: use it inside a test');
      return page;
    },
  };
}
