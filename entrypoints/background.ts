import { syncAutoScan } from '@/lib/background/auto-scan';
import { migrateStorage } from '@/lib/background/migrate-storage';
import { onMessage } from '@/lib/background/on-message';
import { forgetTab } from '@/lib/storage/store';

// Wiring only: every behaviour lives in lib/background, where the unit tests reach it.
export default defineBackground(() => {
  // Returning the promise is how an MV3 listener answers asynchronously (Chrome ≥ 144, Firefox).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the promise is the reply.
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender));
  browser.runtime.onInstalled.addListener(() => {
    void migrateStorage().then(syncAutoScan);
  });
  // The borrower allows or revokes automatic checking of a site in the options page.
  browser.permissions.onAdded.addListener(() => {
    void syncAutoScan();
  });
  browser.permissions.onRemoved.addListener(() => {
    void syncAutoScan();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
});
