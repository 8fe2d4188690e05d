/**
 * Test inputs made from HTML: the project's own fixture pages rendered by real Chromium the way a
 * borrower would capture them — a phone screenshot (390 CSS px wide at 3×, as on an iPhone), the
 * same as a WeChat-compressed JPEG, in dark mode, a long (full-page) screenshot, and printed to
 * PDF. Nothing large is committed: every input is generated at test time.
 */
import type { Browser } from 'playwright-core';

/** `screen`: the visible screen only, 1170×2532 (an iPhone's); the others capture the whole page. */
export type Render = 'pdf' | 'png' | 'jpeg60' | 'dark' | 'long' | 'screen';

export interface Rendered {
  kind: 'pdf' | 'image';
  bytes: Uint8Array;
  mime: string;
}

export async function render(browser: Browser, url: string, how: Render): Promise<Rendered> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: how === 'pdf' ? 1 : 3,
    colorScheme: how === 'dark' ? 'dark' : 'light',
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (how === 'dark') {
      // The fixture pages have no dark style of their own: invert them the way a phone's forced
      // dark mode does, light text on a dark background.
      await page.addStyleTag({
        content: 'html{filter:invert(1) hue-rotate(180deg);background:#fff}',
      });
    }
    if (how === 'pdf') {
      const bytes = await page.pdf({ width: '390px', height: '844px', printBackground: true });
      return { kind: 'pdf', bytes: new Uint8Array(bytes), mime: 'application/pdf' };
    }
    const jpeg = how === 'jpeg60';
    const bytes = await page.screenshot({
      fullPage: how !== 'screen',
      type: jpeg ? 'jpeg' : 'png',
      ...(jpeg ? { quality: 60 } : {}),
    });
    return { kind: 'image', bytes: new Uint8Array(bytes), mime: jpeg ? 'image/jpeg' : 'image/png' };
  } finally {
    await context.close();
  }
}
