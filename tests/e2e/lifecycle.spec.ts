import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { auditUrl, launchWithExtension } from '../../cli/extension-session';
import { parseReport } from '../../lib/storage/report-schema';

import { expect, samplePath, test } from './support';

test('the audit history survives a browser restart on the same profile', async ({ pages }) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  const profile = mkdtempSync(join(tmpdir(), 'loanlens-restart-'));
  try {
    const first = await launchWithExtension({ userDataDir: profile });
    const { report } = await auditUrl(first, url);
    await first.close();

    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const sw = await second.serviceWorker();
      const { history } = await sw.evaluate(() => chrome.storage.local.get('history'));
      const entries = (history as { schemaVersion: number; entries: unknown[] }).entries.map(
        parseReport,
      );
      expect((history as { schemaVersion: number }).schemaVersion).toBe(1);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toEqual(report);
      // Reports of open tabs live in storage.session, which a browser restart clears by design.
      expect(await sw.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
