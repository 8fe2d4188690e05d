/**
 * `npm run corpus`: reads the pattern pages and the seeded generator pages through the real
 * scanner in Chromium and prints the read rates as numbers.
 *   --verbose       print what is wrong with each misread page
 *   --write-known   rewrite tests/pages/known-misreads.json from this run (after a reader fix)
 *   --cases N       generator cases per layout (default: as in the test)
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../../cli/chromium';
import { scanUrl } from '../../cli/scanner-bundle';
import { type PageScore, rateLines, readCorrectly, scoreReading } from '../support/corpus-score';
import { knownMisreadsPath, patternPages, servePatternPages } from '../support/pattern-pages';
import { generatorCases, runGeneratorCases } from '../generator/run-cases';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const casesArg = argv[argv.indexOf('--cases') + 1];
const perLayout = argv.includes('--cases') && casesArg ? Number(casesArg) : undefined;

const started = Date.now();
const browser = await launchChromium();
try {
  const pages = patternPages();
  const server = await servePatternPages(pages);
  const page = await browser.newPage();
  const patternScores: PageScore[] = [];
  for (const p of pages) {
    const raw = await scanUrl(page, server.urlOf(p.name));
    patternScores.push(scoreReading(p.name, raw, p.truth));
  }
  await server.close();
  await page.close();
  const generated = await runGeneratorCases(browser, generatorCases(perLayout));

  const out = [
    ...rateLines('pattern pages (tests/pages/patterns)', patternScores),
    ...rateLines('generator pages (tests/generator)', generated.scores),
    ...generated.byLayout.map(
      (l) => `    ${l.layout.padEnd(24)} ${String(l.correct)}/${String(l.total)} read correctly`,
    ),
    `  (${String(patternScores.length + generated.scores.length)} pages in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  if (verbose) {
    for (const s of [...patternScores, ...generated.scores].filter((x) => !readCorrectly(x))) {
      out.push(
        `-- ${s.name}: rate ${String(s.aprRead)} vs ${String(s.aprTruth)}` +
          (s.falseAccusations.length ? `; false accusations ${s.falseAccusations.join(',')}` : '') +
          (s.falseAllClear ? '; FALSE ALL-CLEAR' : ''),
        ...s.differences.slice(0, 8).map((d) => `     ${d}`),
      );
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  if (argv.includes('--write-known')) {
    const known = {
      about:
        'Pages and generator cases the current reader does not read correctly (tests/support/corpus-score.ts says what correct means). Tests require each listed case to still be misread, so fix the reader, then rerun `npm run corpus -- --write-known` to shrink this list.',
      patterns: patternScores.filter((s) => !readCorrectly(s)).map((s) => s.name),
      generator: generated.scores.filter((s) => !readCorrectly(s)).map((s) => s.name),
    };
    writeFileSync(knownMisreadsPath, JSON.stringify(known, null, 2) + '\n');
    process.stdout.write(`wrote ${knownMisreadsPath}\n`);
  }
} finally {
  await browser.close();
}
