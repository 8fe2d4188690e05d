/**
 * What is stored is what the popup can show (issue 12): a report that does not read back is never
 * saved, a full storage ends the scan in a named error, and a report kept out of the history says so.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { storeScan } from '@/lib/background/store-scan';
import { historyKey, reportKey, scanStateKey } from '@/lib/storage/keys';
import { sampleReport } from '../support/sample-report';

const quota = (): Error => new Error('Resource::kQuotaBytes quota exceeded');

describe('storeScan', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('stores a readable report, adds it to the history and marks the scan done', async () => {
    expect(await storeScan(7, sampleReport())).toEqual({ ok: true, history: 'added' });
    expect((await fakeBrowser.storage.session.get(reportKey(7)))[reportKey(7)]).toBeDefined();
    expect((await fakeBrowser.storage.local.get(historyKey))[historyKey]).toBeDefined();
    expect((await fakeBrowser.storage.session.get(scanStateKey(7)))[scanStateKey(7)]).toMatchObject(
      { state: 'done' },
    );
  });

  it('never stores a report the popup could not read back (a rate past the schema digits)', async () => {
    const report = sampleReport();
    if (report.apr) report.apr = { ...report.apr, effective: '36499999635.123' };
    expect(await storeScan(7, report)).toEqual({ ok: false, problem: 'report-unreadable' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a full session storage is named, and nothing half-written is left as done', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(quota());
    expect(await storeScan(7, sampleReport())).toEqual({ ok: false, problem: 'storage-full' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a full history keeps the report and says it was not added', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota());
    expect(await storeScan(7, sampleReport())).toEqual({ ok: true, history: 'full' });
    expect((await fakeBrowser.storage.session.get(scanStateKey(7)))[scanStateKey(7)]).toEqual({
      state: 'done',
      finishedAt: sampleReport().scannedAt,
      historyNotSaved: 'full',
    });
  });
});
