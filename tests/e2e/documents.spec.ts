/**
 * Screenshots and PDF contracts in the real extension (issue: loans that live in apps and in
 * contracts): files dropped on the file page are read locally and reported with the popup's view;
 * a quote outlines its region on the picture; doubtful figures hold back accusations until the
 * borrower confirms them; and renders of the project's own fixture pages read to the HTML's terms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { Page } from 'playwright-core';

import { openFilesPage, readFilesInPage } from '../../cli/file-reader-driver';
import { repoRoot } from '../../cli/paths';
import {
  fixturePages,
  htmlOnly,
  serveFixturePages,
  readAs,
  type DocumentRender,
} from '../documents/read-like-html';
import { launchChromium } from '../../cli/chromium';

import { expect, renderedSample, test } from './support';

/** README pictures: test-results/screenshots, or LOANLENS_SCREENSHOTS_DIR (cli/samples/screenshots). */
const shotsDir = process.env.LOANLENS_SCREENSHOTS_DIR ?? join(repoRoot, 'test-results/screenshots');

/** Drops files on the drop zone as a borrower's drag from the file manager does. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({
    name: basename(p),
    type: p.endsWith('.pdf') ? 'application/pdf' : p.endsWith('.jpg') ? 'image/jpeg' : 'image/png',
    base64: readFileSync(p).toString('base64'),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a screenshot and a PDF dropped together are read as one loan, and quotes are outlined on the picture', async ({
  session,
}) => {
  test.setTimeout(600_000);
  const shot = await renderedSample('upfront-service-fee.html', 'png');
  const pdf = await renderedSample('upfront-service-fee.html', 'pdf');
  const page = await openFilesPage(session);
  await page.setViewportSize({ width: 1100, height: 860 });
  await dropFiles(page, [shot, pdf]);
  await page.waitForFunction(
    () => (globalThis as { __loanlensFiles?: { state: string } }).__loanlensFiles?.state === 'done',
    undefined,
    { timeout: 500_000 },
  );
  await expect(page.getByTestId('files-done')).toContainText('shot.png + page.pdf');
  const figures = page.locator('.figures');
  await expect(figures).toContainText('10,000');
  await expect(figures).toContainText('9,200');

  // Doubtful digits: no accusation until the borrower confirms them.
  if (await page.getByTestId('figure-check').isVisible()) {
    await expect(page.getByTestId('verdict-pending')).toBeVisible();
    await page.screenshot({ path: join(shotsDir, 'files-check.png') });
    await expect(page.locator('[data-rule="upfront-deduction"]')).not.toHaveClass(
      /finding-violation/,
    );
    await page.getByTestId('confirm-figures').click();
  }
  await expect(page.getByTestId('verdict')).toContainText('违规');
  const finding = page.locator('[data-rule="upfront-deduction"]');
  await expect(finding).toHaveClass(/finding-violation/);
  await finding.locator('summary').click();
  await finding.getByTestId('show-on-page').first().click();
  await expect(page.getByTestId('doc-highlight')).toBeVisible();
  await page.waitForTimeout(600); // the preview scrolls smoothly to the outlined quote
  await page.screenshot({ path: join(shotsDir, 'files-report.png') });
  expect(await page.locator('.doc-page img').count()).toBeGreaterThanOrEqual(2);
});

test('a file that is neither a picture nor a PDF gets a clear message and nothing is lost', async ({
  session,
}, testInfo) => {
  const page = await openFilesPage(session);
  const bogus = testInfo.outputPath('contract.png');
  // A PNG signature and nothing else: it cannot be decoded.
  writeFileSync(bogus, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out = await readFilesInPage(page, [bogus]);
  expect(out.error).toContain('无法读取「contract.png」');
  await expect(page.getByTestId('files-error')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/\n\s+at /);
});

/** A few renders here (OCR takes tens of seconds a page on a loaded machine); all in `npm run bench`. */
const renders: [string, DocumentRender][] = [
  ['01-colon-and-table-rows', 'png'],
  ['04-miniprogram-cells', 'jpeg60'],
  ['07-term-in-days', 'dark'],
  ['13-plan-with-overdue-rows', 'scanned-pdf'],
  ['05-installment-fee-column', 'pdf'],
];

test('renders of the fixture pages read to the same terms as their HTML', async ({ session }) => {
  test.setTimeout(900_000);
  const browser = await launchChromium();
  const served = await serveFixturePages();
  try {
    const page = await openFilesPage(session);
    const expected = new Map(fixturePages().map((p) => [p.name, p.expected]));
    for (const [name, how] of renders) {
      expect(name in htmlOnly).toBe(false);
      const c = await readAs(
        browser,
        page,
        served.urlOf(name),
        name,
        expected.get(name) ?? ({} as never),
        how,
      );
      expect(c.outcome.error, `${name} as ${how}`).toBeUndefined();
      expect(c.diff, `${name} as ${how}`).toEqual([]);
    }
  } finally {
    await browser.close();
    await served.close();
  }
});

/**
 * The measured accuracy of docs/ocr.md: every fixture page in every render. About half an hour on
 * a shared 2-core machine, so it runs only when asked: LOANLENS_OCR_ACCURACY=1.
 */
test('every fixture page in every render: how many read to the HTML’s terms', async ({
  session,
}, testInfo) => {
  test.skip(process.env.LOANLENS_OCR_ACCURACY !== '1', 'set LOANLENS_OCR_ACCURACY=1 to measure');
  test.setTimeout(3_600_000);
  const all: DocumentRender[] = ['pdf', 'png', 'jpeg60', 'dark', 'scanned-pdf'];
  const browser = await launchChromium();
  const served = await serveFixturePages();
  const lines: string[] = [];
  const counts = new Map<DocumentRender, number>();
  try {
    const page = await openFilesPage(session);
    for (const how of all) {
      let same = 0;
      let total = 0;
      for (const { name, expected } of fixturePages()) {
        if (name in htmlOnly) continue;
        total++;
        const c = await readAs(browser, page, served.urlOf(name), name, expected, how);
        if (c.diff.length === 0 && c.outcome.error === undefined) same++;
        else lines.push(`  ${how} ${name}: ${c.outcome.error ?? c.diff.slice(0, 2).join('; ')}`);
      }
      counts.set(how, same);
      lines.push(`${how}: ${String(same)} of ${String(total)} read to the HTML's terms`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const summary = lines.join('\n');
  console.log(summary);
  await testInfo.attach('accuracy', { body: summary, contentType: 'text/plain' });
  // The text layer is exact: every printable page must read as its HTML does.
  expect(counts.get('pdf')).toBe(fixturePages().filter((p) => !(p.name in htmlOnly)).length);
});
