/**
 * The Firefox package in real Firefox: the three sample pages audited through the built
 * `.output/firefox-mv3` in Debian's firefox-esr (headless, WebDriver BiDi), each report equal, field
 * by field, to the one the Chromium package gives for the same page. Skipped, saying so, only when
 * no Firefox is installed (`sh .ci/deps` installs firefox-esr).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { auditUrl, launchWithExtension } from '../../cli/extension-session';
import { repoRoot } from '../../cli/paths';
import { serveFiles } from '../../cli/serve';
import type { Report } from '../../lib/model/report';
import { findFirefox, launchFirefoxWithExtension } from '../support/firefox';

const firefoxBuildDir = resolve(repoRoot, '.output/firefox-mv3');
const firefox = findFirefox();
const samples = ['fair-bank-loan.html', 'hidden-fees-membership.html', 'upfront-service-fee.html'];

/** Fields that say when a report was made, not what it says. */
const ignored = new Set(['scannedAt']);

/**
 * Where a rate stands on the page (`prominence.y`, CSS pixels from the top) depends on each
 * engine's font metrics: Firefox and Chromium place the same line a few pixels apart (measured:
 * 2–4 px on the samples). Only which rate is more prominent matters to the rules, so positions are
 * equal within this margin; font sizes, like every other field, must be identical.
 */
const layoutTolerancePx = 8;
/** The positions that differed within the margin, printed with the test's result. */
const tolerated: string[] = [];

/** Every path where two JSON values differ, e.g. "findings.3.outcome: fail ≠ pass". */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (
    path.endsWith('.prominence.y') &&
    typeof a === 'number' &&
    typeof b === 'number' &&
    Math.abs(a - b) <= layoutTolerancePx
  ) {
    if (a !== b) tolerated.push(`${path}: ${String(a)} / ${String(b)} px`);
    return [];
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b)
      ? []
      : [`${path || '(root)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  if (Array.isArray(a) !== Array.isArray(b)) return [`${path}: array ≠ object`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => !ignored.has(k))
    .flatMap((k) =>
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        path === '' ? k : `${path}.${k}`,
      ),
    );
}

test.describe(
  firefox === null
    ? 'Firefox package — skipped: no Firefox installed (apt-get install firefox-esr, or set FIREFOX_PATH)'
    : 'Firefox package',
  () => {
    test.skip(
      firefox === null,
      'no Firefox installed (apt-get install firefox-esr, or set FIREFOX_PATH)',
    );

    test('the built Firefox package lists its icons, and each file is there', () => {
      const manifest = JSON.parse(readFileSync(join(firefoxBuildDir, 'manifest.json'), 'utf8')) as {
        icons?: Record<string, string>;
        action?: { default_icon?: Record<string, string> };
      };
      expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
      expect(manifest.action?.default_icon).toEqual(manifest.icons);
      for (const path of Object.values(manifest.icons ?? {}))
        expect(existsSync(join(firefoxBuildDir, path)), path).toBe(true);
    });

    test('the sample pages audited in Firefox give the reports Chromium gives', async () => {
      const files = samples.map((name) => join(repoRoot, 'cli/samples', name));
      const server = await serveFiles(files);
      const urls = files.map((f, i) => server.urlFor(i, f));
      const fromFirefox: Report[] = [];
      const fromChromium: Report[] = [];
      try {
        const session = await launchFirefoxWithExtension(firefoxBuildDir, firefox ?? '');
        test.info().annotations.push({ type: 'firefox', description: session.version });
        try {
          for (const url of urls) fromFirefox.push(await session.audit(url));
        } finally {
          await session.close();
        }
        const chromium = await launchWithExtension();
        try {
          for (const url of urls) fromChromium.push((await auditUrl(chromium, url)).report);
        } finally {
          await chromium.close();
        }
      } finally {
        await server.close();
      }
      for (const [i, url] of urls.entries()) {
        const ff = fromFirefox[i];
        const cr = fromChromium[i];
        // A real report, not two empty ones: the terms were read and a rate computed.
        expect(ff?.url).toBe(url);
        expect(ff?.terms).not.toBeNull();
        expect(ff?.apr).not.toBeNull();
        expect(differences(ff, cr), samples[i]).toEqual([]);
      }
      if (tolerated.length > 0)
        test.info().annotations.push({
          type: 'layout (Firefox / Chromium)',
          description: tolerated.join('; '),
        });
    });

    test('a site allowed in the options page is checked when it opens', async () => {
      const file = join(repoRoot, 'cli/samples/upfront-service-fee.html');
      const server = await serveFiles([file]);
      const url = server.urlFor(0, file);
      const session = await launchFirefoxWithExtension(firefoxBuildDir, firefox ?? '');
      try {
        // The borrower types the site and presses 允许自动检查 (a real click: Firefox asks for user
        // input); with prompts off the browser grants it as a borrower's "allow" would.
        const options = await session.openExtensionPage('/options.html', true);
        const site = new URL(url).origin;
        await session.evaluate(
          options,
          `(() => {
            const input = document.querySelector('fieldset.auto-check input');
            input.value = ${JSON.stringify(site)};
            input.dispatchEvent(new Event('input', { bubbles: true }));
          })()`,
        );
        await session.click(options, 'fieldset.auto-check button');
        const granted = await session.evaluate(
          options,
          `(async () => {
            const box = document.querySelector('fieldset.auto-check');
            for (let i = 0; i < 50 && !box.querySelector('.auto-check-sites'); i++)
              await new Promise((r) => setTimeout(r, 100));
            return [box.querySelector('.auto-check-sites')?.textContent ?? null,
                    box.querySelector('[role=alert]').textContent];
          })()`,
        );
        expect(granted).toEqual([expect.stringContaining('http://127.0.0.1/*'), '']);

        // The background registers the auto-scanner when the permission arrives (permissions.onAdded).
        await expect
          .poll(
            async () =>
              (await session.evaluate(
                options,
                'browser.scripting.getRegisteredContentScripts().then((s) => s.length)',
              )) as number,
            { timeout: 20_000 },
          )
          .toBe(1);

        // No toolbar click: opening the page is enough.
        const page = await session.browser.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await expect
          .poll(
            async () => {
              const history = (await session.storage('local')).history as
                | { entries?: { url: string; findings: { id: string; outcome: string }[] }[] }
                | undefined;
              return history?.entries
                ?.find((e) => e.url === url)
                ?.findings.filter((f) => f.outcome === 'fail')
                .map((f) => f.id)
                .includes('upfront-deduction');
            },
            { timeout: 30_000 },
          )
          .toBe(true);
      } finally {
        await session.close();
        await server.close();
      }
    });
  },
);
