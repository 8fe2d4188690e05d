/**
 * axe-core on every page of the extension, in the states a borrower sees: the popup on a page
 * with violations (every <details> opened, so nothing is skipped as hidden), with the calculator
 * open and an invalid field, the options page, the history list and a report opened from it.
 * Serious and critical violations fail the test; the rest are printed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from '@playwright/test';

import { openFilesPage, readFilesInPage } from '../../cli/file-reader-driver';

import { expect, renderedSample, samplePath, test } from './support';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts (MV3 CSP), so a <script> tag cannot carry axe in;
  // DevTools-protocol evaluation is not subject to the page's CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  for (const v of violations)
    console.log(`axe ${v.impact ?? ''} ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const openAll = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

test('the popup, options and history pages have no serious or critical axe violations', async ({
  session,
  auditedPopup,
}) => {
  const { popup } = await auditedPopup(samplePath('hidden-fees-membership.html'));
  await openAll(popup);
  expect(await axe(popup), 'popup with findings').toEqual([]);

  await popup.getByTestId('calc-toggle').click();
  await popup.getByTestId('calc-principal').fill('abc');
  await expect(popup.getByTestId('calc-principal')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(popup), 'popup with the calculator').toEqual([]);

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('heading').first().waitFor();
  expect(await axe(options), 'options').toEqual([]);

  const history = await session.context.newPage();
  await history.goto(`chrome-extension://${session.extensionId}/past-checks.html`);
  await history.getByTestId('history-row').first().waitFor();
  expect(await axe(history), 'history list').toEqual([]);
  await history.getByRole('button', { name: /^查看/ }).first().click();
  await openAll(history);
  expect(await axe(history), 'history: a past report').toEqual([]);

  const files = await openFilesPage(session);
  expect(await axe(files), 'file page, empty').toEqual([]);
  await readFilesInPage(files, [await renderedSample('upfront-service-fee.html', 'pdf')]);
  await openAll(files);
  expect(await axe(files), 'file page with a contract’s report').toEqual([]);
});

test('the popup works by keyboard alone: reach a finding, open it, reach the calculator', async ({
  auditedPopup,
}) => {
  const { popup } = await auditedPopup(samplePath('upfront-service-fee.html'));
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('calc-toggle')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('calculator')).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('files-link')).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('history-link')).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('calc-principal')).toBeFocused();

  const summary = popup.locator('[data-rule="upfront-deduction"] > summary');
  for (let i = 0; i < 60 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
    await popup.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('[data-rule="upfront-deduction"]')).toHaveAttribute('open');
});

test('the negotiation assistant has no serious or critical axe violations', async ({ session }) => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/negotiate.html`);
  await page.locator('main[data-ready="true"]').waitFor();
  await page.getByTestId('neg-principal').fill('abc');
  await expect(page.getByTestId('neg-principal')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page), 'assistant with an invalid field').toEqual([]);
  for (const [field, value] of [
    ['neg-principal', '10000'],
    ['neg-contractDate', '2026-01-10'],
    ['neg-owedPrincipal', '6000'],
    ['neg-owedPenalty', '900'],
    ['neg-overdueSince', '2026-09-10'],
    ['neg-monthlyCapacity', '800'],
  ] as const)
    await page.getByTestId(field).fill(value);
  await expect(page.getByTestId('neg-letter')).toBeVisible();
  await openAll(page);
  expect(await axe(page), 'assistant with plans and a letter').toEqual([]);
});
