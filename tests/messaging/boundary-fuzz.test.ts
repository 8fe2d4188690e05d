/**
 * Nothing throws past a trust boundary (issue 7): whatever a page, a stored value or an imported
 * file holds, the schemas answer yes or no, and the pipeline answers with a report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import { autoScanMessageSchema, requestSchema } from '@/lib/messaging/protocol';
import { rawExtractionSchema } from '@/lib/messaging/raw-extraction-schema';
import type { RawExtraction } from '@/lib/model/extraction';
import { migrateHistory } from '@/lib/storage/history';
import { parseReport } from '@/lib/storage/report-schema';
import { defaultSettings, migrateSettings } from '@/lib/storage/settings';

const options = { input: 'fuzz', settings: defaultSettings, now: '2026-11-25T00:00:00.000Z' };

/** A page reading made of label/value rows, the shape the scanner sends. */
function reading(rows: readonly (readonly [string, string])[]): RawExtraction {
  const blocks = rows.flatMap(([label, value], i) =>
    [label, value].map((text, j) => ({
      text,
      locator: `body > p:nth-of-type(${i + 1}) > span:nth-of-type(${j + 1})`,
      tag: 'span',
      fontSize: 14,
      fontWeight: 400,
      color: 'rgb(0, 0, 0)',
      x: j * 200,
      y: i * 24,
      width: 180,
      height: 20,
      finePrint: false,
    })),
  );
  return {
    url: 'https://lender.example/loan',
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
    stats: { nodesVisited: blocks.length, elapsedMs: 1, truncated: false, rounds: 1 },
  };
}

const labels = [
  '借款金额',
  '实际到账',
  '到账金额',
  '借款期限',
  '期数',
  '每期应还',
  '年化利率',
  '日利率',
  '月利率',
  '服务费',
  '担保费',
  '还款方式',
  '逾期罚息',
  '提前还款',
  '放款机构',
  '借款日期',
];
const values = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '10,000.00元',
    '1.5万',
    '壹万伍仟元整',
    '１２，０００',
    '12期',
    '30天',
    '万分之五',
    '0.05%/天',
    '年化14.4%',
    '2026年4月18日',
    '等额本息',
    '-12期',
    '0期',
    'NaN元',
    '1e30元',
    '∞',
    '——',
    '¥<span>386</span>',
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => `${n}.${Math.abs(n % 100)}元`),
);

describe('trust boundaries never throw', () => {
  it('message, storage and import schemas answer any value with yes or no', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => {
          rawExtractionSchema.safeParse(value);
          requestSchema.safeParse(value);
          autoScanMessageSchema.safeParse(value);
          parseReport(value);
          migrateHistory(value);
          migrateSettings(value);
        }).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('the pipeline answers any page reading with a report whose figures are decimal strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...labels), values), { maxLength: 12 }),
        (rows) => {
          const report = analyseExtraction(reading(rows), options);
          expect(parseReport(report)).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('absurd values are reported, not computed', () => {
  const rateAccusations = (report: ReturnType<typeof analyseExtraction>) =>
    report.findings.filter((f) => f.id.startsWith('cost-') && f.outcome === 'fail');

  it.each([
    [
      '10^30 元',
      [
        ['借款金额', '1000000000000000000000000000000元'],
        ['借款期限', '12期'],
        ['每期应还', '899.75元'],
      ],
    ],
    [
      'a negative term',
      [
        ['借款金额', '10,000.00元'],
        ['借款期限', '-12期'],
        ['每期应还', '899.75元'],
      ],
    ],
    [
      '10,000 periods',
      [
        ['借款金额', '10,000.00元'],
        ['借款期限', '10000期'],
        ['每期应还', '899.75元'],
      ],
    ],
  ] as const)(
    '%s: the value is named as unreadable, no rate is computed from it, nothing is accused',
    (_, rows) => {
      const report = analyseExtraction(reading(rows), options);
      expect(report.terms).not.toBeNull();
      expect(report.terms?.unreadable.length).toBeGreaterThan(0);
      expect(report.notes.some((n) => n.code === 'unreadable-value')).toBe(true);
      if (rows[1][1] === '-12期') expect(report.terms?.termMonths).toBeNull();
      expect(report.apr).toBeNull();
      expect(rateAccusations(report)).toEqual([]);
    },
  );
});
