/**
 * Honest about recognition (design.md §4): a character the recogniser was not sure of is marked,
 * and a report built on a doubtful figure raises no accusation until the borrower has checked
 * the figures ("请核对识别出的数字"). A misread 1 for a 7 in a fee must not become "费用未计入年化
 * 利率" silently: until then, each finding that rests on figures is shown as "could not verify".
 */
import type { RawExtraction } from '@/lib/model/extraction';
import type { Report } from '@/lib/model/report';

import { CONFIDENCE_THRESHOLD } from './model';

export interface Doubt {
  /** The block's text as recognised. */
  text: string;
  locator: string;
  /** Code-point indices in `text` below the confidence threshold. */
  low: number[];
  /** One of the doubtful characters is part of a figure (a digit, a separator, %, ¥, 万). */
  inFigure: boolean;
}

const FIGURE_CHAR = /[\d.,%¥￥万千元]/;

function isGroupingComma(chars: string[], k: number): boolean {
  return (
    chars[k] === ',' &&
    /\d/.test(chars[k - 1] ?? '') &&
    /^\d{3}(?!\d)/.test(chars.slice(k + 1, k + 5).join(''))
  );
}

export function doubtsOf(raw: RawExtraction, confidence: (number[] | null)[]): Doubt[] {
  const doubts: Doubt[] = [];
  raw.blocks.forEach((b, i) => {
    const c = confidence[i];
    if (!c) return;
    const chars = Array.from(b.text);
    const low = c.flatMap((p, k) => (p < CONFIDENCE_THRESHOLD ? [k] : []));
    if (low.length === 0) return;
    // A doubtful character beside a digit is part of the figure too ("1O,000" read as "10,000").
    // A thousands separator where one belongs (a digit before, exactly three after) is not: read
    // as anything else the figure would not parse at all, which the reader reports.
    const inFigure = low.some(
      (k) =>
        !isGroupingComma(chars, k) &&
        (FIGURE_CHAR.test(chars[k] ?? '') ||
          /\d/.test(chars[k - 1] ?? '') ||
          /\d/.test(chars[k + 1] ?? '')),
    );
    doubts.push({ text: b.text, locator: b.locator, low, inFigure });
  });
  return doubts;
}

/**
 * Rules that judge what the page says, not what its figures add up to: a misread digit cannot
 * change them.
 */
const CLAUSE_RULES = new Set([
  'apr-missing',
  'apr-simple-unlabelled',
  'apr-less-prominent',
  'addon-preselected',
  'lender-hidden',
  'contract-not-shown',
]);

export const CHECK_FIGURES_NOTE =
  '请核对识别出的数字：有数字识别得不够清楚，核对之前，基于这些数字的结论暂不作出。';

/** The report to show before the borrower has confirmed doubtful figures. */
export function withheldUntilConfirmed(report: Report, doubts: Doubt[]): Report {
  if (report.terms === null || !doubts.some((d) => d.inFigure)) return report;
  return {
    ...report,
    notes: [...report.notes, { code: 'figures-to-check', data: {} }],
    findings: report.findings.map((f) =>
      f.outcome !== 'fail' || CLAUSE_RULES.has(f.id)
        ? f
        : {
            ...f,
            outcome: 'incomplete' as const,
            missing: ['核对识别出的数字'],
          },
    ),
  };
}
