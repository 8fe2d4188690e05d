/**
 * The shared fixture corpus through the real extension, the way a borrower uses it: open each
 * page, click the toolbar button, read the report. Checks what the page shows (terms), the rate
 * (against truth computed independently of this code) and the findings against the truth's facts.
 * Every request Chromium makes goes through a recording proxy and is attributed by the network log
 * (request-attribution.ts): none may come from the extension.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { auditUrl, launchWithExtension, openPopupViewer } from '../../cli/extension-session';
import { serveFiles } from '../../cli/serve';
import type { Report } from '../../lib/model/report';
import { differences, expectedFromTruth } from '../support/fixture-compare';
import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';

import { proxyArgs, startRecordingProxy } from './recording-proxy';
import { netLogArgs, networkProblems } from './request-attribution';
import { expect, test } from './support';

interface Truth {
  kind: string;
  lenderType: string;
  aprIrr: string | null;
  facts: Record<string, unknown>;
}

/** Truth fact → the rule whose failure it means (design.md §5; issue 5's mapping). */
const factRules: [string, string][] = [
  ['upfrontDeduction', 'upfront-deduction'],
  ['aprOver24', 'cost-over-24'],
  ['aprOver36', 'cost-over-36'],
  ['aprOverFourLpr', 'cost-over-4x-lpr'],
  ['statedAnnualUnderstated', 'apr-understated'],
  ['onlyDailyOrMonthlyRateShown', 'apr-missing'],
  ['overduePenaltyOver24', 'overdue-penalty-excessive'],
  ['prepaymentPenalty', 'prepayment-charge'],
];

const fairCases = [
  '01-bank-annuity-irr-table',
  '08-interest-only-fair',
  '12-spa-delayed-render',
  '14-hidden-decoy',
];

test.describe(
  sharedFixturesAvailable
    ? 'shared fixture corpus'
    : `shared fixture corpus — skipped: ${sharedFixturesSkipReason}`,
  () => {
    test.skip(!sharedFixturesAvailable, sharedFixturesSkipReason);

    // One browser for the whole corpus: 16 pages audited one after another, as a journalist's bulk audit would.
    test('every page reads as the truth says, the rate matches, the findings match the facts, and nothing leaves the browser', async () => {
      test.setTimeout(240_000);
      const cases = sharedCases();
      const server = await serveFiles(cases.map((c) => c.pagePath));
      const pageUrls = cases.map((c, i) => server.urlFor(i, c.pagePath));
      const pageOrigin = new URL(pageUrls[0] ?? 'http://127.0.0.1/').origin;
      const proxy = await startRecordingProxy((url) => url.origin === pageOrigin);
      const logPath = join(mkdtempSync(join(tmpdir(), 'loanlens-netlog-')), 'net-log.json');
      const session = await launchWithExtension({
        extraArgs: [...proxyArgs(proxy.port), ...netLogArgs(logPath)],
      });
      const reports = new Map<string, Report>();
      try {
        for (const [i, c] of cases.entries()) {
          const { report, tabId } = await auditUrl(session, pageUrls[i] ?? '');
          reports.set(c.name, report);
          if (i === 0) await (await openPopupViewer(session, tabId)).close();
        }
      } finally {
        await session.close();
        await proxy.close();
        await server.close();
      }

      const problems: string[] = [];
      for (const c of cases) {
        const truth = c.truth as unknown as Truth;
        const report = reports.get(c.name);
        const say = (what: string) => problems.push(`${c.name}: ${what}`);
        if (report === undefined) {
          say('no report');
          continue;
        }
        if (truth.kind === 'not-a-loan') {
          if (report.terms !== null) say('terms read on a page that is not a loan');
          continue;
        }
        const terms = report.terms;
        if (terms === null) {
          say('no terms read');
          continue;
        }
        // Principal, received, term, method, lender, dates, every payment, stated rates with their
        // kind, fees, overdue and prepayment terms: the comparison the scanner's own tests use.
        for (const d of differences(terms, expectedFromTruth(c.truth))) say(d);
        if (truth.aprIrr !== null) {
          const diff = Math.abs(Number(report.apr?.nominal ?? 'NaN') - Number(truth.aprIrr));
          if (!(diff <= 0.000001))
            say(`apr ${report.apr?.nominal ?? 'none'} ≠ aprIrr ${truth.aprIrr}`);
        }
        for (const [fact, rule] of factRules) {
          const value = truth.facts[fact];
          // 民间借贷规定第28–29条 caps private overdue charges at 4×LPR, below the truth's 24% line.
          if (fact === 'overduePenaltyOver24' && truth.lenderType === 'private') continue;
          if (typeof value !== 'boolean') continue;
          const failed = report.findings.find((f) => f.id === rule)?.outcome === 'fail';
          if (failed !== value)
            say(`${rule} ${failed ? 'fails' : 'does not fail'} but ${fact} is ${String(value)}`);
        }
        if (fairCases.includes(c.name)) {
          const violations = report.findings.filter(
            (f) => f.outcome === 'fail' && f.severity === 'violation',
          );
          if (violations.length > 0)
            say(`fair loan with violations: ${violations.map((f) => f.id).join(', ')}`);
        }
      }
      expect(problems).toEqual([]);

      expect(networkProblems(proxy.requests, logPath, pageUrls)).toEqual([]);
      // The proxy really saw the traffic: every page went through it.
      expect(proxy.requests.filter((r) => pageUrls.includes(r.url))).toHaveLength(cases.length);
    });
  },
);
