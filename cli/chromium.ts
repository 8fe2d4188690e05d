/**
 * Which Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download (a user's machine may have only that). Playwright cannot download browsers on the
 * team's machines, so its own browser is the last resort, never the first.
 */
import { existsSync } from 'node:fs';

import { type Browser, chromium } from 'playwright-core';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  if (found === undefined) {
    throw new UsageError(
      '找不到 Chromium 浏览器。请安装（Debian/Ubuntu：apt-get install chromium），或用 CHROMIUM_PATH 指定路径。',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a closed network and a root user: no background requests, no sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Plain headless Chromium (no extension), for scanner tests and benchmarks. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

/** An error whose message is meant for the person at the terminal: printed alone, no stack. */
export class UsageError extends Error {}
