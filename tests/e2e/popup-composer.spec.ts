/**
 * The composer in the popup opened as a page on audited samples: the channels offered for the
 * lender type with their reason, each letter with its figures and voice, the 【】 blanks listed and
 * selectable, the text editable, and copy and download giving exactly what is shown.
 */
import { readFileSync } from 'node:fs';

import { auditUrl, openPopupViewer } from '../../cli/extension-session';

import { e2ePagePath, expect, samplePath, test } from './support';

test('small-loan sample: lender, local regulator, 12363, 黑猫, plan; each letter in its own voice; copy and download give the edited text', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  const { tabId } = await auditUrl(session, url);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPopupViewer(session, tabId);

  await expect(popup.getByTestId('at-stake')).toContainText('实际年化约31%，页面写14.40%');
  await expect(popup.getByTestId('at-stake')).toContainText('863.76');
  await popup.getByTestId('primary-action').click();
  const text = popup.getByTestId('complaint-text');
  await expect(text).toBeFocused();

  const channel = popup.getByTestId('complaint-channel');
  const offered = await channel
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(['lender', 'local-regulator', 'pboc-12363', 'heimao', 'negotiation']);

  await expect(text).toHaveValue(/^致星桥网络小额贷款有限公司：/);
  await expect(text).toHaveValue(/863\.76元（民法典第六百七十条）/);
  await expect(popup.getByTestId('channel-reason')).toContainText('地方金融管理局');

  await channel.selectOption('local-regulator');
  await expect(text).toHaveValue(/被投诉机构：星桥网络小额贷款有限公司/);
  expect(await text.inputValue()).not.toContain('贵方');
  await expect(popup.getByTestId('blank').first()).toBeVisible();
  await popup.getByTestId('blank').filter({ hasText: '【所在省市】' }).click();
  const selected = await text.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe('【所在省市】');
  await popup.keyboard.type('浙江省杭州市');
  await expect(text).toHaveValue(/^致浙江省杭州市地方金融管理局：/);
  await expect(popup.getByTestId('blank').filter({ hasText: '【所在省市】' })).toHaveCount(0);
  const edited = await text.inputValue();

  await popup.getByTestId('copy-complaint').click();
  await expect(popup.locator('.copy-status')).toHaveText('已复制');
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(edited);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByTestId('download-complaint').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^借贷明镜-地方金融管理局-.+\.txt$/);
  expect(readFileSync(await download.path(), 'utf8')).toBe(`\uFEFF${edited}`);

  await popup.getByTestId('reset-letter').click();
  await expect(text).toHaveValue(/^致【所在省市】地方金融管理局：/);

  await channel.selectOption('heimao');
  const heimao = await text.inputValue();
  expect(heimao).toContain('投诉对象：星桥网络小额贷款有限公司');
  expect(heimao).not.toContain('身份证');
  expect(heimao).not.toMatch(/\?|#/);
});

test('private IOU: only negotiation, mediation, the court and the plan — no regulator, no 黑猫', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([e2ePagePath('private-iou.html')]);
  const { tabId } = await auditUrl(session, url);
  const popup = await openPopupViewer(session, tabId);
  const offered = await popup
    .getByTestId('complaint-channel')
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(['lender', 'mediation', 'lawsuit', 'negotiation']);
  await expect(popup.getByTestId('complaint-text')).toHaveValue(/^致周明远（出借人）：/);
  await expect(popup.getByTestId('complaint-text')).toHaveValue(/359\.08/);
});

test('a loan typed into the calculator: the letter speaks of "借款人提供的数据", not of the page', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([e2ePagePath('no-loan.html')]);
  const { tabId } = await auditUrl(session, url);
  const popup = await openPopupViewer(session, tabId);
  await popup.getByTestId('calc-principal').fill('10000');
  await popup.getByTestId('calc-received').fill('9200');
  await popup.getByTestId('calc-periods').fill('12');
  await popup.getByTestId('calc-payment').fill('899.75');
  const text = popup.getByTestId('complaint-text');
  await expect(text).toHaveValue(/根据借款人提供的数据：合同借款金额10,000\.00元/);
  expect(await text.inputValue()).not.toContain('借款页面（');
});
