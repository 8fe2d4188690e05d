/**
 * The popup never waits forever and never stays blank (issue 12): a full storage and a background
 * that stops mid-scan each end in words the borrower can act on, in the real toolbar popup.
 */
import { clickToolbarButton } from '../../cli/extension-session';
import { attachToPopup, waitInPopup } from '../../cli/popup-driver';

import { expect, samplePath, test } from './support';

const errorText = `document.querySelector('[role="alert"]')?.textContent ?? ''`;

test('a full storage is named instead of "正在读取…" forever', async ({ session, pages }) => {
  const [url = ''] = await pages([samplePath('fair-bank-loan.html')]);
  const sw = await session.serviceWorker();
  // Leave room for the scan's small state records, not for a report.
  await sw.evaluate(async () => {
    const quota = chrome.storage.session.QUOTA_BYTES;
    const used = await chrome.storage.session.getBytesInUse(null);
    await chrome.storage.session.set({ filler: 'x'.repeat(quota - used - 3000) });
  });
  const page = await session.context.newPage();
  await page.goto(url);
  await clickToolbarButton(session, page);
  const popup = await attachToPopup(session);
  const shown = await waitInPopup<string>(popup, errorText);
  await popup.detach();
  expect(shown).toContain('存储空间已满');
});

test('a background that stops mid-scan is named, not waited for', async ({ session, pages }) => {
  // A page that never settles keeps the scanner re-reading for its whole time bound (3 s).
  const [url = ''] = await pages([samplePath('fair-bank-loan.html')]);
  const page = await session.context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    let n = 0;
    setInterval(() => {
      document.title = `借款确认 ${String(n++)}`;
      document.body.dataset.tick = String(n);
    }, 20);
  });
  await clickToolbarButton(session, page);
  const popup = await attachToPopup(session);
  // Stop the worker only once it has taken up the scan (it records "scanning" itself): stopped while
  // the request is still being delivered, Chrome may hand it to a fresh worker, which then finishes.
  await waitInPopup(
    popup,
    `chrome.storage.session.get(null).then((all) => Object.entries(all).some(
      ([key, value]) => key.startsWith('scan:') && value?.state === 'scanning'))`,
  );
  const { targetInfos } = (await session.cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`),
  );
  expect(worker).toBeDefined();
  await session.cdp.send('Target.closeTarget', { targetId: worker?.targetId ?? '' });
  const shown = await waitInPopup<string>(popup, errorText, 10_000);
  await popup.detach();
  expect(shown).toContain('后台进程在读取时停止');
});
