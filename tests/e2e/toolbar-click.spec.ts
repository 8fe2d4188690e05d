import { attachToPopup, waitInPopup } from '../../cli/popup-driver';
import { clickToolbarButton, waitForReport } from '../../cli/extension-session';

import { expect, samplePath, test } from './support';

test('a toolbar click on a page with 砍头息 shows the violation and copies a complaint with both amounts and the article', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await session.context.newPage();
  await page.goto(url);
  const since = new Date().toISOString();
  await clickToolbarButton(session, page);

  const popup = await attachToPopup(session);
  await waitInPopup(popup, `document.querySelector('[data-rule="upfront-deduction"]') !== null`);
  const verdict = await popup.evaluate<string>(
    `document.querySelector('[data-testid="verdict"]').textContent`,
  );
  expect(verdict).toMatch(/发现 [1-9]\d* 项违规/);
  const groupOfRule = await popup.evaluate<string>(
    `document.querySelector('[data-rule="upfront-deduction"]').closest('.group').querySelector('summary').textContent`,
  );
  expect(groupOfRule).toContain('违规');

  await popup.evaluate(`document.querySelector('[data-testid="copy-complaint"]').click()`);
  await waitInPopup(popup, `document.querySelector('.copy-status').textContent === '已复制'`);
  const shown = await popup.evaluate<string>(
    `document.querySelector('[data-testid="complaint-text"]').value`,
  );
  await popup.detach();

  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(shown);
  expect(clipboard).toContain('10,000.00');
  expect(clipboard).toContain('9,200.00');
  expect(clipboard).toContain('民法典第六百七十条');

  const { report } = await waitForReport(session, page.url(), since);
  expect(report.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');
});
