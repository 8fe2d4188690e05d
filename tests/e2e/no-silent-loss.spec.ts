/**
 * Settings and history never lose data silently (issue 12): a too-long field is refused at the
 * input, one unreadable stored field does not reset the others, an import that would push out the
 * borrower's own records asks first, and a full storage is said, never "已导入 N 条记录".
 */
import type { Page } from 'playwright-core';

import type { ExtensionSession } from '../../cli/extension-session';
import type { Report } from '../../lib/model/report';
import { sampleReport } from '../support/sample-report';

import { expect, test } from './support';

const details = {
  name: '张三',
  idNumber: '110101199001011234',
  address: '北京市东城区某街道1号',
  city: '北京',
};

async function storedLocal(session: ExtensionSession, key: string): Promise<unknown> {
  const sw = await session.serviceWorker();
  return (await sw.evaluate((k) => chrome.storage.local.get(k), key))[key];
}

async function setLocal(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Fills storage.local up to a few hundred bytes under its quota with one junk value. */
async function fillStorage(session: ExtensionSession): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate(async () => {
    const used = await chrome.storage.local.getBytesInUse(null);
    const room = chrome.storage.local.QUOTA_BYTES - used - 'junk'.length - 2 - 300;
    await chrome.storage.local.set({ junk: 'x'.repeat(room) });
  });
}

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByTestId('borrower-name').waitFor();
  return page;
}

test('a 50-character phone number is refused at the input and wipes nothing', async ({
  session,
}) => {
  const page = await openOptions(session);
  for (const [field, value] of Object.entries(details))
    await page.getByTestId(`borrower-${field}`).fill(value);
  await page.getByLabel('联系电话 Phone').fill('13800000000');
  await expect(page.getByRole('status').first()).toHaveText('已保存');

  await page.getByLabel('联系电话 Phone').fill('1'.repeat(50));
  await expect(page.getByRole('alert').filter({ hasText: '联系电话' })).toHaveText(
    '联系电话 Phone最多 40 个字符（现在 50 个），这一项没有保存。',
  );
  await expect(page.getByLabel('联系电话 Phone')).toHaveAttribute('aria-invalid', 'true');
  const stored = (await storedLocal(session, 'settings')) as { borrower: Record<string, string> };
  expect(stored.borrower).toEqual({ ...details, phone: '13800000000' });

  // Reopened: every detail is there, the last phone number that fitted included.
  const again = await openOptions(session);
  for (const [field, value] of Object.entries(details))
    await expect(again.getByTestId(`borrower-${field}`)).toHaveValue(value);
  await expect(again.getByTestId('borrower-phone')).toHaveValue('13800000000');
});

test('one stored field out of range resets only itself, and the options page names it', async ({
  session,
}) => {
  await setLocal(session, {
    settings: {
      schemaVersion: 1,
      language: 'zh-CN',
      lenderTypeOverride: 'small-loan',
      userLpr: [{ date: '2026-09-22', value: '0.029' }],
      borrower: { ...details, phone: '1'.repeat(50) },
    },
  });
  const page = await openOptions(session);
  await expect(page.getByTestId('settings-dropped')).toHaveText(
    '以下已保存的设置无法读取，已恢复为默认值：联系电话 Phone。其他设置都已保留。',
  );
  for (const [field, value] of Object.entries(details))
    await expect(page.getByTestId(`borrower-${field}`)).toHaveValue(value);
  await expect(page.locator('select').nth(1)).toHaveValue('small-loan');
  await expect(page.locator('.lpr-values')).toContainText('2026-09-22');

  // The next edit writes the other fields back as they were, never the defaults.
  await page.getByTestId('borrower-city').fill('上海');
  await expect(page.getByTestId('settings-status')).toHaveText('已保存');
  expect(await storedLocal(session, 'settings')).toEqual({
    schemaVersion: 1,
    language: 'zh-CN',
    lenderTypeOverride: 'small-loan',
    userLpr: [{ date: '2026-09-22', value: '0.029' }],
    borrower: { ...details, city: '上海', phone: '' },
  });
});

test('a full storage is said on the options page', async ({ session }) => {
  const page = await openOptions(session);
  await fillStorage(session);
  await page.getByTestId('borrower-address').fill('地址'.repeat(100));
  await expect(page.getByTestId('settings-save-failed')).toContainText('存储空间已满');
  await expect(page.getByTestId('settings-status')).toHaveText('');
});

const reportAt = (i: number, day: string): Report => ({
  ...sampleReport(),
  url: `http://127.0.0.1/loan-${day}-${i}.html`,
  input: `loan-${day}-${i}.html`,
  scannedAt: new Date(Date.parse(`${day}T00:00:00.000Z`) + i * 60_000).toISOString(),
});

async function openHistory(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/past-checks.html`);
  return page;
}

const file = (entries: Report[]) => ({
  name: 'import.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'loanlens-history', schemaVersion: 1, entries })),
});

test('importing 500 newer reports asks before it pushes out the borrower’s own records', async ({
  session,
}) => {
  const mine = Array.from({ length: 3 }, (_, i) => reportAt(i, '2026-01-01')).reverse();
  await setLocal(session, { history: { schemaVersion: 1, entries: mine } });
  const page = await openHistory(session);
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(3);
  const newer = Array.from({ length: 500 }, (_, i) => reportAt(i, '2026-06-01'));

  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await page.getByTestId('history-import').setInputFiles(file(newer));
  await expect(page.getByTestId('history-status')).toHaveText('没有导入：现有记录保持不变。');
  expect(question).toContain('会删除 3 条较早的现有记录');
  await expect(rows).toHaveCount(3);
  expect(await storedLocal(session, 'history')).toEqual({ schemaVersion: 1, entries: mine });

  page.once('dialog', (dialog) => {
    void dialog.accept();
  });
  await page.getByTestId('history-import').setInputFiles(file(newer));
  await expect(page.getByTestId('history-status')).toHaveText(
    '已导入 200 条记录；300 条较早的记录因超过 200 条的上限没有导入；按您的确认删除了 3 条较早的记录',
  );
  await expect(rows).toHaveCount(200);
});

test('an import into a full storage says so and stores nothing', async ({ session }) => {
  const mine = [reportAt(0, '2026-01-01')];
  await setLocal(session, { history: { schemaVersion: 1, entries: mine } });
  const page = await openHistory(session);
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await fillStorage(session);
  const sixty = Array.from({ length: 60 }, (_, i) => reportAt(i, '2026-03-01'));
  await page.getByTestId('history-import').setInputFiles(file(sixty));
  await expect(page.getByTestId('history-status')).toContainText('存储空间已满');
  await expect(page.getByTestId('history-status')).not.toContainText('已导入');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  expect(await storedLocal(session, 'history')).toEqual({ schemaVersion: 1, entries: mine });
});
