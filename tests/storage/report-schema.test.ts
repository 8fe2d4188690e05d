/**
 * The stored report across versions: what an older version saved (notes and the rate problem as
 * Chinese sentences) still opens, with every sentence kept; a coded note an import cannot fill is
 * refused instead of reaching the view.
 */
import { describe, expect, it } from 'vitest';

import { translator } from '@/lib/i18n/messages';
import { migrateHistory } from '@/lib/storage/history';
import { parseReport } from '@/lib/storage/report-schema';
import { aprProblemText, noteText } from '@/lib/view/report-codes';

import { sampleReport } from '../support/sample-report';

const OLD_NOTES = [
  '页面上「借款金额」写的是「壹万伍」，无法读取或数值不合理，未用于计算。',
  '页面没有写明实际到账金额，按借款金额计算。',
];
const OLD_PROBLEM = '没有还款计划，无法计算年化利率。';

/** A report as the version before the codes stored it. */
const stored = () => ({ ...sampleReport(), apr: null, aprProblem: OLD_PROBLEM, notes: OLD_NOTES });

describe('reports stored before the codes', () => {
  it('open from the history with every sentence kept as legacy text', () => {
    const history = migrateHistory({ schemaVersion: 1, entries: [stored()] });
    expect(history.entries).toHaveLength(1);
    const [report] = history.entries;
    expect(report?.notes).toEqual(
      OLD_NOTES.map((text) => ({ code: 'legacy-text', data: { text } })),
    );
    expect(report?.aprProblem).toEqual({ code: 'legacy-text', data: { text: OLD_PROBLEM } });
    const t = translator('zh-CN');
    expect(report?.notes.map((n) => noteText(n, t))).toEqual(OLD_NOTES);
    expect(report && report.aprProblem && aprProblemText(report.aprProblem, t)).toBe(OLD_PROBLEM);
  });

  it('read coded reports back unchanged', () => {
    const report = {
      ...sampleReport(),
      apr: null,
      aprProblem: { code: 'several-roots', data: { rates: '1.2% / 3.4%' } },
      notes: [
        { code: 'partial-read', data: {} },
        { code: 'unreadable-value', data: { label: '借款金额', text: '壹万伍' } },
      ],
    };
    expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('refuse a code without the values its words need, or a code no version made', () => {
    const missing = {
      ...sampleReport(),
      notes: [{ code: 'unreadable-value', data: { label: 'x' } }],
    };
    const unknown = { ...sampleReport(), notes: [{ code: 'made-up', data: {} }] };
    const badProblem = { ...sampleReport(), aprProblem: { code: 'too-many-periods', data: {} } };
    expect(parseReport(missing)).toBeNull();
    expect(parseReport(unknown)).toBeNull();
    expect(parseReport(badProblem)).toBeNull();
  });
});
