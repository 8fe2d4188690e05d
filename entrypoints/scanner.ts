import { scanPage } from '@/lib/extract';

// Injected on demand by browser.scripting.executeScript({ files: ['scanner.js'] }), which hands the
// script's completion value — main's resolved RawExtraction — back to the worker. An unlisted
// script, not a content script: nothing here needs WXT's content-script context (location watcher,
// invalidation), and leaving it out keeps about 1 KB gzipped off a script that runs in the
// borrower's page (design.md §8).
export default defineUnlistedScript({ main: () => scanPage(document) });
