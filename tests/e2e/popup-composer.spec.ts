/**
 * Every complaint channel, in the popup opened as a page on an audited sample: the text carries
 * the page's amounts, the computed rate and each cited article; copy puts exactly that text on the
 * clipboard; download writes exactly that text to a file.
 */
import { readFileSync } from 'node:fs';

import { auditUrl, openPopupViewer } from '../../cli/extension-session';
import { channelOrder } from '../../lib/complaint/channels';
import { shortCitation } from '../../lib/complaint/compose';
import { formatRate } from '../../lib/text/format';

import { expect, samplePath, test } from './support';

test('each channel yields a text with both amounts, the rate and the articles; copy and download give exactly it', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  const { tabId, report } = await auditUrl(session, url);
  if (report.apr === null) throw new Error('the sample has a computable rate');
  const rate = formatRate(report.apr.nominal);
  const articles = [
    ...new Set(
      report.findings
        .filter((f) => f.outcome === 'fail' && f.complaint !== undefined)
        .flatMap((f) => f.basis.map((b) => shortCitation(b.instrument, b.article))),
    ),
  ];
  expect(articles).toContain('民法典第六百七十条');

  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPopupViewer(session, tabId);
  const text = popup.getByTestId('complaint-text');
  for (const channel of channelOrder) {
    await popup.getByTestId('complaint-channel').selectOption(channel);
    const shown = await text.inputValue();
    expect(shown, channel).toContain('10,000.00');
    expect(shown, channel).toContain('9,200.00');
    expect(shown, channel).toContain(rate);
    for (const article of articles) expect(shown, `${channel}: ${article}`).toContain(article);

    await popup.getByTestId('copy-complaint').click();
    await expect(popup.locator('.copy-status')).toHaveText('已复制');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('download-complaint').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^借贷明镜-.+\.txt$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(`\uFEFF${shown}`);
  }
});
