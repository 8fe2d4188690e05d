import { scanPage } from '@/lib/extract';
import type { AutoScanMessage } from '@/lib/messaging/protocol';

// Registered at run time (scripting.registerContentScripts) only for the sites the borrower allowed
// in the options page (optional host permissions). Unlike the on-demand scanner, nobody awaits its
// result, so it sends the reading to the background, which checks the sender and validates the
// reading before using it. An unlisted script for the same reason as the scanner (entrypoints/scanner.ts).
export default defineUnlistedScript({
  main: async () => {
    const extraction = await scanPage(document);
    const message: AutoScanMessage = { type: 'autoScanResult', extraction };
    await browser.runtime.sendMessage(message);
  },
});
