/**
 * The README's pictures, taken from the real extension on the sample pages at the real popup's
 * size (380 × 600). They go to test-results/screenshots; set LOANLENS_SCREENSHOTS_DIR (e.g. to
 * cli/samples/screenshots) to refresh the README's copies. Each shot first checks that what it
 * shows is there, so a broken view fails here instead of ending up in the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { auditUrl, openPopupViewer } from '../../cli/extension-session';
import { repoRoot } from '../../cli/paths';

import { e2ePagePath, expect, samplePath, test } from './support';

const outDir = process.env.LOANLENS_SCREENSHOTS_DIR ?? join(repoRoot, 'test-results/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, name) });
}

test('screenshots: fair loan, violations, composer letters, no terms, calculator, history', async ({
  session,
  pages,
}) => {
  const urls = await pages([
    samplePath('fair-bank-loan.html'),
    samplePath('hidden-fees-membership.html'),
    e2ePagePath('no-loan.html'),
    e2ePagePath('private-iou.html'),
  ]);
  const [fair = '', fees = '', none = '', iou = ''] = urls;

  const fairAudit = await auditUrl(session, fair);
  const fairPopup = await openPopupViewer(session, fairAudit.tabId);
  await expect(fairPopup.getByTestId('verdict')).toHaveText(/未发现问题/);
  await expect(fairPopup.getByTestId('complaint-optional')).not.toHaveAttribute('open');
  await shoot(fairPopup, 'popup-fair-loan.png');

  const feesAudit = await auditUrl(session, fees);
  const feesPopup = await openPopupViewer(session, feesAudit.tabId);
  await expect(feesPopup.getByTestId('rate-chart')).toBeVisible();
  await shoot(feesPopup, 'popup-violations.png');
  await expect(feesPopup.getByTestId('at-stake')).toContainText('318.78');
  await feesPopup.getByTestId('primary-action').click();
  await expect(feesPopup.getByTestId('complaint-text')).toHaveValue(/^致【放款机构名称】：/);
  await feesPopup.getByTestId('complaint-channel').scrollIntoViewIfNeeded();
  await shoot(feesPopup, 'popup-composer.png');
  await feesPopup.getByTestId('complaint-channel').selectOption('local-regulator');
  await expect(feesPopup.getByTestId('complaint-text')).toHaveValue(/被投诉机构/);
  await feesPopup.getByTestId('complaint-channel').scrollIntoViewIfNeeded();
  await shoot(feesPopup, 'popup-composer-regulator.png');

  const iouAudit = await auditUrl(session, iou);
  const iouPopup = await openPopupViewer(session, iouAudit.tabId);
  await expect(iouPopup.getByTestId('complaint-text')).toHaveValue(/^致周明远（出借人）：/);
  await expect(iouPopup.getByTestId('channel-list')).toHaveText(
    '这笔借款可用的渠道：致出借人（协商） · 人民调解申请 · 起诉状提纲 · 协商还款申请',
  );
  await iouPopup.locator('#complaint-title').evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  await shoot(iouPopup, 'popup-composer-private.png');

  const noneAudit = await auditUrl(session, none);
  const nonePopup = await openPopupViewer(session, noneAudit.tabId);
  await expect(nonePopup.getByTestId('verdict')).toHaveText(/此页面未找到借款条款/);
  await expect(nonePopup.getByTestId('calculator')).toBeVisible();
  await shoot(nonePopup, 'popup-no-terms.png');
  await nonePopup.getByTestId('calc-principal').fill('10000');
  await nonePopup.getByTestId('calc-received').fill('9200');
  await nonePopup.getByTestId('calc-periods').fill('12');
  await nonePopup.getByTestId('calc-payment').fill('899.75');
  await expect(nonePopup.getByTestId('verdict')).toHaveText(/发现 [1-9]\d* 项违规/);
  await shoot(nonePopup, 'popup-calculator.png');

  const history = await session.context.newPage();
  await history.setViewportSize({ width: 900, height: 600 });
  await history.goto(`chrome-extension://${session.extensionId}/past-checks.html`);
  await expect(history.getByTestId('history-row')).toHaveCount(3);
  await shoot(history, 'history.png');
});

test('screenshot: figures that do not add up are shown as possibly misread, never with a ✓', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([e2ePagePath('figures-disagree.html')]);
  const audit = await auditUrl(session, url);
  const popup = await openPopupViewer(session, audit.tabId);
  const verdict = popup.getByTestId('verdict');
  await expect(verdict).toHaveText(/读取可能有误，请核对/);
  await expect(verdict).not.toContainText('✓');
  await expect(popup.getByTestId('reading-doubt')).toContainText('11,400.00');
  await expect(popup.getByTestId('reading-doubt')).toContainText('10,200.00');
  await expect(popup.getByTestId('figures')).toContainText('读取可能有误');
  // No rate-based finding on figures that do not add up.
  await expect(
    popup.locator('.finding-violation .finding-id', { hasText: /cost-over|apr-understated/ }),
  ).toHaveCount(0);
  // The calculator is open at the doubtful field.
  await expect(popup.getByTestId('calculator')).toBeVisible();
  await expect(popup.getByTestId('calc-payment')).toHaveAttribute('data-doubt', 'true');
  await expect(popup.getByTestId('calc-payment')).toBeFocused();
  await shoot(popup, 'popup-misread.png');
});
