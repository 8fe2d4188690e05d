import { scanPage } from '@/lib/extract';

// Injected on demand by browser.scripting.executeScript({ files: ['content-scripts/scanner.js'] });
// WXT hands main's resolved value back as the injection result (a RawExtraction).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => scanPage(document),
});
