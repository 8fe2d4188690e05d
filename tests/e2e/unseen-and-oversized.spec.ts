/**
 * Issue 12 through the real extension: hidden rows do not count, oversized items cost only
 * themselves, invisible characters read through, and a report the popup cannot show is never
 * stored. Pages are variants of the fair sample, written to a temporary folder and served.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { auditUrl, openPopupViewer } from '../../cli/extension-session';
import type { Report } from '../../lib/model/report';

import { expect, samplePath, test } from './support';

const fair = readFileSync(samplePath('fair-bank-loan.html'), 'utf8');
const firstRow = '<div class="row"><span>借款金额</span>';
const dir = mkdtempSync(join(tmpdir(), 'loanlens-e2e-12-'));

function page(name: string, html: string): string {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
}

/** The contradicting rows of the attack, hidden by `style` on the row or by `wrap`. */
function hiddenRows(style: string, wrap = (rows: string) => rows): string {
  const row = (l: string, v: string): string =>
    `<div class="row" style="${style}"><span>${l}</span><span>${v}</span></div>`;
  return fair.replace(
    firstRow,
    wrap(row('借款金额', '50,000.00元') + row('实际到账金额', '47,000.00元')) + firstRow,
  );
}

const failed = (r: Report): string[] =>
  r.findings.filter((f) => f.outcome === 'fail').map((f) => f.id);

test('hidden contradicting rows read like the clean page', async ({ session, pages }) => {
  const variants: [string, string][] = [
    ['clean.html', fair],
    [
      'overlay.html',
      hiddenRows(
        '',
        (rows) =>
          `<div style="position:relative">${rows}<div style="position:absolute;inset:0;background:#fff"></div></div>`,
      ),
    ],
    ['z-index.html', hiddenRows('position:relative;z-index:-1')],
    [
      'same-colour.html',
      hiddenRows('', (rows) => `<div class="ghost">${rows}</div>`).replace(
        '</style>',
        '.ghost span { color: #fff !important; }</style>',
      ),
    ],
    ['clip-path.html', hiddenRows('clip-path:inset(50%)')],
    ['filter.html', hiddenRows('filter:opacity(0)')],
    ['fixed.html', hiddenRows('position:fixed;top:20000px')],
  ];
  const urls = await pages(variants.map(([name, html]) => page(name, html)));
  const reports: Report[] = [];
  for (const url of urls) reports.push((await auditUrl(session, url)).report);
  const [clean, ...rest] = reports;
  expect(clean?.terms?.principal).toBe('20000.00');
  for (const [i, r] of rest.entries()) {
    const name = variants[i + 1]?.[0];
    expect({ name, principal: r.terms?.principal, received: r.terms?.received }).toEqual({
      name,
      principal: '20000.00',
      received: '20000.00',
    });
    expect({ name, failed: failed(r) }).toEqual({ name, failed: failed(clean as Report) });
  }
});

test('oversized items cost themselves, never the page, and the report says what was cut', async ({
  session,
  pages,
}) => {
  const long = '本借款适用以下条款，借款人应仔细阅读。'.repeat(300);
  const html = fair
    .replace('<h3>', `<details><summary>条款</summary><p>${long}</p></details><h3>`)
    .replace(/<title>.*<\/title>/, `<title>${'标'.repeat(1500)}</title>`)
    .replace(
      '<h3>',
      `<p>${Array.from({ length: 2500 }, (_, i) => `<a href="/a${i}">广告${i}</a>`).join(' ')}</p><h3>`,
    )
    .replace(
      /<div class="row">[\s\S]*<div class="row">.*<\/div>/,
      (m) => '<div>'.repeat(95) + m + '</div>'.repeat(95),
    );
  const [url = ''] = await pages([page('oversized.html', html)]);
  const { report, tabId } = await auditUrl(session, url);
  expect(report.terms?.principal).toBe('20000.00');
  expect(report.terms?.termMonths).toBe(12);
  expect(report.notes.map((n) => n.code)).toEqual(
    expect.arrayContaining(['cut-title', 'cut-links']),
  );
  const popup = await openPopupViewer(session, tabId);
  await expect(popup.getByTestId('verdict')).toBeVisible();
  await expect(popup.locator('main')).toContainText('页面链接超过 2000 个');
});

test('invisible characters inside figures read through; 10⁴元 never becomes 104', async ({
  session,
  pages,
}) => {
  const zwj = fair
    .replace(
      '<span>借款金额</span><span>20,000.00元</span>',
      '<span>借款金额</span><span>2\u200d0,\u2060000.\u00ad00元</span>',
    )
    .replace(
      '<span>实际到账金额</span><span>20,000.00元</span>',
      '<span>实际到账金额</span><span>1\u200c8,000.00元</span>',
    );
  const power = fair.replace(
    '<span>借款金额</span><span>20,000.00元</span>',
    '<span>借款金额</span><span>10⁴元</span>',
  );
  const [a = '', b = ''] = await pages([page('zwj.html', zwj), page('power.html', power)]);
  const deducted = (await auditUrl(session, a)).report;
  expect(deducted.terms?.principal).toBe('20000.00');
  expect(deducted.terms?.received).toBe('18000.00');
  expect(failed(deducted)).toContain('upfront-deduction');
  const tenToTheFour = await auditUrl(session, b);
  expect(tenToTheFour.report.terms?.principal).not.toBe('104.00');
  const popup = await openPopupViewer(session, tenToTheFour.tabId);
  await expect(popup.getByTestId('verdict')).toBeVisible();
});
