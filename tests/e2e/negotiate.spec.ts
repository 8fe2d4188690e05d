/**
 * The negotiation assistant in the real extension: opened from the popup on a page with no loan
 * terms it produces plans and a letter from what the borrower types (and the contact log feeds the
 * letter); opened on an overdue notice it is pre-filled from the page; the evidence pack of an
 * audited page downloads as a zip whose SHA-256 sums verify. Screenshots of the assistant and the
 * letter go where popup-screenshots.spec.ts puts the README's pictures.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';

import { auditUrl, openPopupViewer, type ExtensionSession } from '../../cli/extension-session';
import { repoRoot } from '../../cli/paths';

import { e2ePagePath, expect, samplePath, test } from './support';

const outDir = process.env.LOANLENS_SCREENSHOTS_DIR ?? join(repoRoot, 'test-results/screenshots');

async function openAssistant(session: ExtensionSession, popup: Page): Promise<Page> {
  const [page] = await Promise.all([
    session.context.waitForEvent('page', (p) => p.url().includes('/negotiate.html')),
    popup.getByTestId('open-negotiate').click(),
  ]);
  await page.setViewportSize({ width: 1200, height: 900 });
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  return page;
}

test('from a page with no loan terms: a plan and a letter from what the borrower types', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([e2ePagePath('no-loan.html')]);
  const { tabId } = await auditUrl(session, url);
  const popup = await openPopupViewer(session, tabId);
  const page = await openAssistant(session, popup);
  await expect(page.getByTestId('neg-fix-first')).toBeVisible();
  // Nothing was read, so nothing claims to be pre-filled.
  await expect(page.getByTestId('neg-source')).toHaveCount(0);

  await page.getByTestId('neg-lender').fill('某某消费金融有限公司');
  await page.getByTestId('neg-lenderType').selectOption('consumer-finance');
  await page.getByTestId('neg-contractDate').fill('2026-01-10');
  await page.getByTestId('neg-principal').fill('10000');
  await page.getByTestId('neg-received').fill('10000');
  await page.getByTestId('neg-annualRate').fill('18');
  await page.getByTestId('neg-owedPrincipal').fill('6000');
  await page.getByTestId('neg-owedInterest').fill('180');
  await page.getByTestId('neg-owedPenalty').fill('900');
  await page.getByTestId('neg-overdueSince').fill('2026-09-10');
  await page.getByTestId('neg-asOf').fill('2026-11-30');
  await page.getByTestId('neg-monthlyCapacity').fill('800');
  await page.getByTestId('neg-hardship').fill('生病住院两个月，收入中断');

  // Independent figures: overdue cap 6,000 × 24% × 81 / 365 = 319.56; total 6,000 + 180 + 319.56.
  await expect(page.getByTestId('neg-row-total')).toContainText('6,499.56');
  await expect(page.getByTestId('neg-row-overdueCharges')).toContainText('580.44');
  // 6,499.56 within 800 a month: 9 periods of 722.18 (last 722.12).
  await expect(page.getByTestId('neg-plan-fewest')).toContainText('9');
  await expect(page.getByTestId('neg-plan-fewest')).toContainText('722.18');
  const letter = page.getByTestId('neg-letter');
  await expect(letter).toHaveValue(/自2026年12月30日起分 9 期偿还，每月30日前还款 722\.18 元/);
  await expect(letter).toHaveValue(/因生病住院两个月，收入中断/);
  await expect(letter).toHaveValue(/结清证明/);

  // The contact log feeds the letter, and an incident names the rules it may breach.
  await page.getByTestId('log-at').fill('2026-11-03T14:20');
  await page.getByTestId('log-agentId').fill('A1024');
  await page.getByTestId('log-said').fill('说明生病情况并提出分期');
  await page.getByTestId('log-add').click();
  await page.getByTestId('log-at').fill('2026-11-05T23:10');
  await page.getByTestId('log-direction-incoming').check();
  await page.getByTestId('log-number').fill('0571-12345678');
  await page.getByTestId('log-incident-third-party-contact').check();
  await page.getByTestId('log-add').click();
  await expect(page.getByTestId('log-entry')).toHaveCount(2);
  await expect(letter).toHaveValue(/本人于2026年11月3日14:20通过电话联系贵方（工号\/姓名：A1024）/);
  await expect(letter).toHaveValue(/2026年11月5日23:10，联系与债务无关的第三人/);

  // The log is kept in storage.local, versioned.
  const sw = await session.serviceWorker();
  const stored = await sw.evaluate(() => chrome.storage.local.get('contactLog'));
  expect(stored).toMatchObject({ contactLog: { schemaVersion: 1 } });

  mkdirSync(outDir, { recursive: true });
  await page
    .locator('section', { has: letter })
    .screenshot({ path: join(outDir, 'negotiate-letter.png') });
});

test('from an overdue notice: the assistant is pre-filled from the page', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('overdue-notice.html')]);
  const { tabId } = await auditUrl(session, url);
  const popup = await openPopupViewer(session, tabId);
  const page = await openAssistant(session, popup);
  await expect(page.getByTestId('neg-source')).toContainText('127.0.0.1');
  await expect(page.getByTestId('neg-lender')).toHaveValue('某某网络小额贷款有限公司');
  await expect(page.getByTestId('neg-lenderType')).toHaveValue('small-loan');
  await expect(page.getByTestId('neg-principal')).toHaveValue('20000.00');
  await expect(page.getByTestId('neg-received')).toHaveValue('18800.00');
  await expect(page.getByTestId('neg-annualRate')).toHaveValue('23.9');
  await expect(page.getByTestId('neg-repaid')).toHaveValue('8470.60');
  await expect(page.getByTestId('neg-owedPrincipal')).toHaveValue('14200.00');
  await expect(page.getByTestId('neg-owedInterest')).toHaveValue('846.30');
  await expect(page.getByTestId('neg-owedPenalty')).toHaveValue('612.40');
  await expect(page.getByTestId('neg-owedDamages')).toHaveValue('1420.00');
  await expect(page.getByTestId('neg-owedFees')).toHaveValue('300.00');
  await expect(page.getByTestId('neg-overdueSince')).toHaveValue('2026-08-15');
  await expect(page.getByTestId('neg-notice-mismatch')).toHaveCount(0);

  // Pinned in tests/negotiate (independent Python): as of 2026-11-30, 14,710.15 supported.
  await page.getByTestId('neg-asOf').fill('2026-11-30');
  await page.getByTestId('neg-monthlyCapacity').fill('1500');
  await expect(page.getByTestId('neg-row-total')).toContainText('17,378.70');
  await expect(page.getByTestId('neg-row-total')).toContainText('14,710.15');
  await expect(page.getByTestId('neg-row-total')).toContainText('2,668.55');
  await expect(page.getByTestId('neg-step-principal-670')).toContainText('1,200.00');
  await expect(page.getByTestId('neg-letter')).toHaveValue(
    /分 10 期偿还，每月30日前还款 1,471\.02 元/,
  );

  await page.getByTestId('neg-hardship').fill('2026年8月公司裁员失业，目前靠临时工作维持');
  await page.getByTestId('neg-hardship').blur();

  // The same check in the history opens the assistant pre-filled from the stored report.
  const history = await session.context.newPage();
  await history.goto(`chrome-extension://${session.extensionId}/past-checks.html`);
  await history.getByRole('button', { name: /^查看/ }).first().click();
  const [fromHistory] = await Promise.all([
    session.context.waitForEvent('page', (p) => p.url().includes('scannedAt=')),
    history.getByTestId('history-negotiate').click(),
  ]);
  await expect(fromHistory.getByTestId('neg-source')).toContainText('检查记录');
  await expect(fromHistory.getByTestId('neg-received')).toHaveValue('18800.00');
  await page.bringToFront();
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'negotiate-assistant.png') });
});

test('the evidence pack of an audited page downloads and its hashes verify', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('overdue-notice.html')]);
  const { tabId, page: audited } = await auditUrl(session, url);
  const popup = await openPopupViewer(session, tabId);
  // captureVisibleTab shoots the window's active tab: the audited page, as under the real popup.
  await audited.bringToFront();
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByTestId('evidence-pack').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^借贷明镜-证据包-127\.0\.0\.1-\d{8}-\d{6}\.zip$/);
  await expect(popup.getByTestId('evidence-status')).toContainText('证据包已保存');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const sums = strFromU8(files['SHA256SUMS.txt'] ?? new Uint8Array())
    .trim()
    .split('\n');
  expect(sums.map((l) => l.split('  ')[1]).sort()).toEqual(
    [
      'manifest.json',
      'page-text.txt',
      'page.json',
      'reading.json',
      'report.json',
      'screenshot.png',
    ].sort(),
  );
  for (const line of sums) {
    const [hash, name = ''] = line.split('  ');
    const bytes = files[name];
    if (bytes === undefined) throw new Error(`${name} is listed but missing`);
    expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
  }
  const png = files['screenshot.png'] ?? new Uint8Array();
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.length).toBeGreaterThan(1000);
  expect(strFromU8(files['page-text.txt'] ?? new Uint8Array())).toContain('剩余本金');
  const report = JSON.parse(strFromU8(files['report.json'] ?? new Uint8Array())) as { url: string };
  expect(report.url).toBe(url);
});
