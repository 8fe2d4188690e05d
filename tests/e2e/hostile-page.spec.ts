import { auditUrl, openPopupViewer, storedReports } from '../../cli/extension-session';

import { e2ePagePath, expect, test } from './support';

test('page text holding HTML or script is shown as text, never run, in the popup and the complaint', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([e2ePagePath('hostile-labels.html')]);
  const { tabId, report } = await auditUrl(session, url);
  expect(report.terms?.principal).toBe('10000.00');

  const popup = await openPopupViewer(session, tabId);
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const finding = popup.locator('[data-rule="upfront-deduction"]');
  await expect(finding).toContainText('10,000.00元<script>window.__pwned=2</script>');
  expect(await popup.locator('img').count()).toBe(0);
  expect(await popup.locator('main script').count()).toBe(0);
  expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a page cannot forge messages to write or read reports', async ({ session, pages }) => {
  const [url = ''] = await pages([e2ePagePath('hostile-labels.html')]);
  const page = await session.context.newPage();
  await page.goto(url);
  expect(await page.evaluate(() => (window as { __forgeResult?: string }).__forgeResult)).toBe(
    'no channel',
  );
  await page.waitForTimeout(300);
  // Nothing was scanned or stored for the page: only the borrower's toolbar click starts a scan.
  expect(await storedReports(session)).toEqual([]);
});
