import { auditUrl, openPopupViewer } from '../../cli/extension-session';

import { expect, samplePath, test } from './support';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

test('the popup still shows the report after the service worker is stopped', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  const { tabId, report } = await auditUrl(session, url);

  const workers = async () =>
    (
      (await session.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }
    ).targetInfos.filter(
      (t) =>
        t.type === 'service_worker' &&
        t.url.startsWith(`chrome-extension://${session.extensionId}/`),
    );
  const [worker] = await workers();
  expect(worker).toBeDefined();
  await session.cdp.send('Target.closeTarget', { targetId: worker?.targetId ?? '' });
  await expect.poll(async () => (await workers()).length).toBe(0);

  const popup = await openPopupViewer(session, tabId);
  await expect(popup.getByTestId('verdict')).toContainText('违规');
  await expect(popup.locator('[data-rule="upfront-deduction"]')).toBeVisible();
  // Read from storage.session alone: the viewer did not need to wake the worker.
  expect(await workers()).toHaveLength(0);
  expect(report.scannedAt).not.toBe('');
});
