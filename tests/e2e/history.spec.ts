/**
 * The history page on real audits: list, open read-only, export, delete, import the export back,
 * refuse garbage, delete all; and the links to it from the popup and the options page.
 */
import { readFileSync } from 'node:fs';

import { auditUrl, openPopupViewer } from '../../cli/extension-session';

import { expect, samplePath, test } from './support';

test('list, open, export, delete, import and delete all', async ({ session, pages }) => {
  const urls = await pages([
    samplePath('fair-bank-loan.html'),
    samplePath('upfront-service-fee.html'),
  ]);
  let lastTab = 0;
  for (const url of urls) lastTab = (await auditUrl(session, url)).tabId;

  const popup = await openPopupViewer(session, lastTab);
  const historyUrl = `chrome-extension://${session.extensionId}/past-checks.html`;
  await expect(popup.getByTestId('history-link')).toHaveAttribute('href', historyUrl);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await expect(options.getByTestId('history-link')).toHaveAttribute('href', historyUrl);

  const page = await session.context.newPage();
  await page.goto(historyUrl);
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('发现');
  await expect(rows.first()).toContainText('10,000.00 元');
  await expect(rows.nth(1)).toContainText('未发现问题');

  await rows.first().getByRole('button', { name: /^查看/ }).click();
  await expect(page.getByTestId('verdict')).toHaveText(/发现 [1-9]\d* 项违规/);
  await expect(page.getByTestId('figures')).toContainText('9,200.00 元');
  await expect(page.getByTestId('show-on-page')).toHaveCount(0);
  await expect(page.getByTestId('calc-toggle')).toHaveCount(0);
  await page.getByTestId('history-back').click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('history-export').click(),
  ]);
  const exported = await download.path();
  const parsed = JSON.parse(readFileSync(exported, 'utf8')) as { entries: { url: string }[] };
  expect(parsed.entries.map((e) => e.url)).toEqual([urls[1], urls[0]]);

  await rows.first().getByRole('button', { name: /^删除/ }).click();
  await expect(rows).toHaveCount(1);

  await page.getByTestId('history-import').setInputFiles(exported);
  await expect(page.getByTestId('history-status')).toHaveText(
    '已导入 1 条记录；1 条已在历史记录中，没有重复导入',
  );
  await expect(rows).toHaveCount(2);

  await page.getByTestId('history-import').setInputFiles({
    name: 'garbage.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"entries": [1, 2, 3]}'),
  });
  await expect(page.getByTestId('history-status')).toHaveText('文件不是借贷明镜导出的历史记录。');
  await expect(rows).toHaveCount(2);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('确定删除全部 2 条记录吗？');
    void dialog.accept();
  });
  await page.getByTestId('history-delete-all').click();
  await expect(page.getByTestId('history-empty')).toBeVisible();
  const stored = await (
    await session.serviceWorker()
  ).evaluate(() => chrome.storage.local.get('history'));
  expect(stored).toEqual({ history: { schemaVersion: 1, entries: [] } });
});
