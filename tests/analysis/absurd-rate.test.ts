/**
 * A misread figure must not make a report that cannot be stored or shown (issue 12): 104 yuan lent
 * against twelve payments of 1,721.33 gives a rate past the report's format. The pipeline answers
 * with no rate and a request to check, never with the rate, and the report reads back.
 */
import { describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { RawExtraction } from '@/lib/model/extraction';
import { parseReport } from '@/lib/storage/report-schema';
import { defaultSettings } from '@/lib/storage/settings';

function reading(rows: [string, string][]): RawExtraction {
  const blocks = rows.flat().map((text, i) => ({
    text,
    locator: `p:nth-of-type(${i + 1})`,
    tag: 'span',
    fontSize: 14,
    fontWeight: 400,
    color: 'rgb(0, 0, 0)',
    x: (i % 2) * 200,
    y: Math.floor(i / 2) * 24,
    width: 180,
    height: 20,
    finePrint: false,
  }));
  return {
    url: 'https://bank.example/loan',
    title: '借款确认',
    lang: 'zh-CN',
    blocks,
    pairs: rows.map(([label, value], i) => ({
      label,
      value,
      via: 'same-element' as const,
      labelBlock: i * 2,
      valueBlock: i * 2 + 1,
    })),
    tables: [],
    controls: [],
    links: [],
    stats: { nodesVisited: 10, elapsedMs: 1, truncated: false, rounds: 1 },
  };
}

describe('an absurd rate', () => {
  it('104 lent, 12 × 1,721.33 repaid: no rate, a request to check, a report that reads back', () => {
    const report = analyseExtraction(
      reading([
        ['借款金额', '104元'],
        ['借款期限', '12期'],
        ['每期应还', '1,721.33元'],
      ]),
      { input: 't', settings: defaultSettings, now: '2026-11-20T00:00:00.000Z' },
    );
    expect(report.terms?.principal).toBe('104.00');
    expect(report.apr).toBeNull();
    expect(['rate-absurd', 'repaid-out-of-proportion']).toContain(report.aprProblem?.code);
    expect(report.findings.some((f) => f.id.startsWith('cost-over') && f.outcome === 'fail')).toBe(
      false,
    );
    expect(parseReport(report)).not.toBeNull();
  });
});
