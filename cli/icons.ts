/**
 * `npm run icons`: renders cli/icon/icon.svg to the PNG sizes both packages list (32, 48, 128; the
 * 16 px one from its own pixel-grid drawing, icon-16.svg) in public/icon/, with the same Chromium every other tool here drives. The PNGs are committed, so
 * a build needs no browser; run this after changing the drawing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { findChromium } from './chromium';
import { repoRoot } from './paths';

export const iconSizes = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const drawing = (size: number) =>
    readFileSync(join(repoRoot, `cli/icon/${size === 16 ? 'icon-16' : 'icon'}.svg`), 'utf8');
  const out = join(repoRoot, 'public/icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    for (const size of iconSizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${drawing(size)}`,
      );
      writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
