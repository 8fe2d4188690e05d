/**
 * `npm run bench`: prints the numbers behind design.md §8's budgets. Timings, not pass/fail tests:
 * a slow machine should not fail CI, but a regression should be visible here.
 */
import { benchFinance } from './bench-finance';
import { benchPipeline } from './bench-pipeline';

const sections: [string, () => Promise<string[]> | string[]][] = [
  ['Rate engine', benchFinance],
  ['Background pipeline', benchPipeline],
];

for (const [title, run] of sections) {
  process.stdout.write(`\n== ${title}\n${(await run()).join('\n')}\n`);
}
