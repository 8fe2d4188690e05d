import { describe, expect, it } from 'vitest';

import type { Finding } from '@/lib/model/report';
import { findingGroups, keyFigures } from '@/lib/view/key-figures';

import { sampleReport } from '../support/sample-report';

describe('keyFigures: the figures every view shows', () => {
  it('formats the report’s own figures and quotes the page’s rate in its words', () => {
    const figures = keyFigures(sampleReport());
    expect(figures).toMatchObject({
      principal: '10,000.00',
      received: '9,200.00',
      receivedDiffers: true,
      totalRepaid: '10,797.00',
      trueRate: '30.63%',
      trueRateEffective: '35.20%',
      shownRate: '“年化利率（单利） 14.40%”',
      aprProblem: null,
    });
  });

  it('has no figures without terms, and no rates without a computed rate', () => {
    expect(keyFigures({ ...sampleReport(), terms: null })).toBeNull();
    const problem = { code: 'no-payments', data: {} } as const;
    const noApr = keyFigures({ ...sampleReport(), apr: null, aprProblem: problem });
    expect(noApr).toMatchObject({
      trueRate: null,
      trueRateEffective: null,
      rateOnContract: null,
      aprProblem: problem,
    });
  });
});

describe('findingGroups: one grouping for the popup, the history page and the terminal', () => {
  const finding = (
    id: string,
    severity: Finding['severity'],
    outcome: Finding['outcome'],
  ): Finding => ({
    id,
    severity,
    outcome,
    title: id,
    titleEn: id,
    explanation: { zh: id, en: id },
    basis: [],
    evidence: [],
    data: {},
  });

  it('orders violations, warnings, notes, unverifiable, passed, and leaves out empty groups', () => {
    const groups = findingGroups([
      finding('a', 'warning', 'incomplete'),
      finding('b', 'warning', 'fail'),
      finding('c', 'violation', 'pass'),
      finding('d', 'violation', 'fail'),
      finding('e', 'info', 'inapplicable'),
    ]);
    expect(groups.map((g) => [g.key, g.findings.map((f) => f.id), g.open])).toEqual([
      ['groupViolation', ['d'], true],
      ['groupWarning', ['b'], true],
      ['groupIncomplete', ['a'], false],
      ['groupPassed', ['c'], false],
    ]);
  });
});
