/**
 * `npm run bench`: prints the numbers behind design.md §8's budgets. Timings, not pass/fail tests:
 * a slow machine should not fail CI, but a regression should be visible here.
 */
import { benchDocuments } from './bench-documents';
import { benchFinance } from './bench-finance';
import { benchPipeline } from './bench-pipeline';
import { benchPopup } from './bench-popup';
import { benchScanner } from './bench-scanner';

const sections: [string, () => Promise<string[]> | string[]][] = [
  ['Rate engine', benchFinance],
  ['Background pipeline', benchPipeline],
  ['Scanner in Chromium', () => benchScanner()],
  ['Popup in Chromium (built extension)', benchPopup],
  ['Screenshots and PDF contracts', benchDocuments],
];

for (const [title, run] of sections) {
  process.stdout.write(`\n== ${title}\n${(await run()).join('\n')}\n`);
}
