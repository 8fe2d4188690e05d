/**
 * The popup on real sample pages: verdict, figures, picture and findings; a fair loan is not
 * greeted with a complaint; "show on page" sends the highlight request; the calculator marks bad
 * input where it is and re-analyses as the borrower types.
 */
import { auditUrl, openPopupViewer } from '../../cli/extension-session';
import { highlightRequestSchema } from '../../lib/messaging/highlight';
import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';

import { e2ePagePath, expect, samplePath, test } from './support';

test('a page with several violations: verdict, figures, chart, findings grouped, composer open', async ({
  auditedPopup,
}) => {
  const { popup } = await auditedPopup(samplePath('hidden-fees-membership.html'));
  await expect(popup.getByTestId('verdict')).toHaveText(/发现 [1-9]\d* 项违规/);
  await expect(popup.getByTestId('figures')).toContainText('8,000.00 元');
  await expect(popup.getByTestId('figures')).toContainText('7,701.00 元');
  await expect(popup.getByTestId('rate-chart').locator('svg')).toHaveAttribute(
    'aria-label',
    /真实年化利率 35\.25%/,
  );
  await expect(popup.getByTestId('money-bar')).toContainText('担保服务费');
  const violations = popup.locator('.group-groupViolation');
  await expect(violations.locator('[data-rule="upfront-deduction"]')).toHaveCount(1);
  await expect(popup.locator('.group-groupIncomplete > summary')).toHaveText(/无法核实/);
  await expect(popup.getByTestId('complaint-text')).toBeVisible();
  await expect(popup.getByTestId('complaint-optional')).toHaveCount(0);

  await popup.getByText('这些数字是怎么算的').click();
  await expect(popup.getByTestId('cash-flows').locator('tbody tr').first()).toHaveText(
    /CF0.*\+7,701\.00/,
  );
  await expect(popup.getByTestId('lpr-used')).toContainText('LPR 表最新一项为');
});

test('a fair loan: no problems, and the composer folded away', async ({ auditedPopup }) => {
  const { popup } = await auditedPopup(samplePath('fair-bank-loan.html'));
  await expect(popup.getByTestId('verdict')).toHaveText(/未发现问题/);
  const folded = popup.getByTestId('complaint-optional');
  await expect(folded).not.toHaveAttribute('open');
  await expect(popup.getByTestId('complaint-text')).toBeHidden();
  await folded.locator('summary').click();
  await expect(popup.getByTestId('complaint-text')).toBeVisible();
});

test('"show on page" sends { type: highlight, tabId, locator } to the background', async ({
  auditedPopup,
}) => {
  const { popup, tabId, report } = await auditedPopup(samplePath('upfront-service-fee.html'));
  // Stand in for the background's answer, and keep what the popup sent.
  await popup.evaluate(() => {
    const sent: unknown[] = [];
    (window as unknown as { sent: unknown[] }).sent = sent;
    chrome.runtime.sendMessage = (message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true });
    };
  });
  const card = popup.locator('[data-rule="upfront-deduction"]');
  await card.locator('summary').click();
  await card.getByTestId('show-on-page').first().click();
  const sent = await popup.evaluate(() => (window as unknown as { sent: unknown[] }).sent);
  expect(sent).toHaveLength(1);
  const request = highlightRequestSchema.parse(sent[0]);
  const locators = report.findings
    .find((f) => f.id === 'upfront-deduction')
    ?.evidence.map((e) => e.locator);
  expect(request.tabId).toBe(tabId);
  expect(locators).toContain(request.locator);
});

test('no terms: says so, opens the calculator, marks bad input, analyses what is typed', async ({
  auditedPopup,
}) => {
  const { popup } = await auditedPopup(e2ePagePath('no-loan.html'));
  await expect(popup.getByTestId('verdict')).toHaveText(/此页面未找到借款条款/);
  await expect(popup.getByTestId('calculator')).toBeVisible();
  await expect(popup.getByTestId('rate-chart')).toHaveCount(0);

  const principal = popup.getByTestId('calc-principal');
  await principal.fill('一万块');
  await expect(principal).toHaveAttribute('aria-invalid', 'true');
  await expect(popup.locator('#calc-principal-error')).toHaveText(/读不出金额/);
  await expect(popup.getByTestId('calc-status')).toHaveText(/请补全或更正/);

  await principal.fill('10000');
  await expect(principal).toHaveAttribute('aria-invalid', 'false');
  await popup.getByTestId('calc-received').fill('9200');
  await popup.getByTestId('calc-periods').fill('12');
  await popup.getByTestId('calc-payment').fill('899.75');
  await expect(popup.getByTestId('verdict')).toHaveText(/发现 [1-9]\d* 项违规/);
  await expect(popup.getByTestId('figures')).toContainText('30.63%');
  await expect(popup.locator('[data-rule="upfront-deduction"]')).toHaveCount(1);
});

test('correcting a term on a scanned page re-analyses it', async ({ auditedPopup }) => {
  const { popup } = await auditedPopup(samplePath('fair-bank-loan.html'));
  await expect(popup.getByTestId('calculator')).toHaveCount(0);
  await popup.getByTestId('calc-toggle').click();
  await expect(popup.getByTestId('calc-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.getByTestId('calc-principal')).toHaveValue('20000.00');
  await popup.getByTestId('calc-received').fill('18000');
  await expect(popup.getByTestId('verdict')).toHaveText(/发现 [1-9]\d* 项违规/);
  await expect(popup.locator('.group-groupViolation [data-rule="upfront-deduction"]')).toHaveCount(
    1,
  );
});

test.describe('shared corpus', () => {
  test.skip(!sharedFixturesAvailable, sharedFixturesSkipReason);
  test('every case shows a verdict, and its figures when it has terms', async ({
    session,
    pages,
  }) => {
    const cases = sharedCases();
    const urls = await pages(cases.map((c) => c.pagePath));
    for (const [i, url] of urls.entries()) {
      const { tabId, report, page } = await auditUrl(session, url);
      const popup = await openPopupViewer(session, tabId);
      await expect(popup.getByTestId('verdict'), cases[i]?.name).toBeVisible();
      if (report.terms !== null)
        await expect(popup.getByTestId('figures'), cases[i]?.name).toBeVisible();
      await popup.close();
      await page.close();
    }
  });
});
