/**
 * Recognition honesty: per-character confidence from the CTC output, doubtful figures found in
 * the blocks, and a report that raises no figure-based accusation until they are confirmed.
 */
import { describe, expect, it } from 'vitest';

import { analyseDocument } from '@/lib/documents/analyse-document';
import { doubtsOf } from '@/lib/documents/doubts';
import type { PositionedText } from '@/lib/documents/model';
import { ctcDecode } from '@/lib/documents/ocr/ctc';

describe('ctcDecode', () => {
  // Classes: 0 blank, 1 '1', 2 '2', 3 ' ' (the space after the dictionary).
  const dict = ['1', '2'];
  const steps = (rows: number[][]) => new Float32Array(rows.flat());

  it('collapses repeats, drops blanks and keeps each character’s best probability', () => {
    const probs = steps([
      [0.1, 0.6, 0.2, 0.1],
      [0.1, 0.8, 0.05, 0.05],
      [0.9, 0.05, 0.03, 0.02],
      [0.1, 0.7, 0.1, 0.1],
      [0.2, 0.1, 0.1, 0.6],
      [0.1, 0.1, 0.55, 0.25],
    ]);
    expect(ctcDecode(probs, 6, 4, dict)).toEqual([
      { char: '1', p: expect.closeTo(0.8, 5) as number },
      { char: '1', p: expect.closeTo(0.7, 5) as number },
      { char: ' ', p: expect.closeTo(0.6, 5) as number },
      { char: '2', p: expect.closeTo(0.55, 5) as number },
    ]);
  });
});

const settings = { lenderTypeOverride: null, userLpr: [] };
const now = '2026-11-30T00:00:00.000Z';

function line(text: string, x: number, y: number, confidence?: number[]): PositionedText {
  return {
    text,
    x,
    y,
    width: Array.from(text).length * 24,
    height: 40,
    page: 0,
    confidence: confidence ?? Array.from(text).map(() => 0.99),
  };
}

/** A phone screen of a loan with an 800-yuan fee taken at disbursement. */
function screen(receivedConfidence?: number[]): PositionedText[] {
  return [
    line('借款金额', 60, 100),
    line('10,000.00元', 800, 100),
    line('平台服务费（放款时一次性扣除）', 60, 200),
    line('800.00元', 800, 200),
    line('实际到账', 60, 300),
    line('9,200.00元', 800, 300, receivedConfidence),
    line('借款期数', 60, 400),
    line('12期', 800, 400),
    line('每期应还', 60, 500),
    line('899.75元', 800, 500),
    line('年化利率（单利）', 60, 600),
    line('14.40%', 800, 600),
    line('小额贷款有限公司', 60, 700),
  ];
}

const doc = (items: PositionedText[]) => ({
  files: ['shot.png'],
  pages: [{ file: 0, pageInFile: 1, width: 1170, height: 2532, via: 'ocr' as const }],
  items,
});

describe('doubtful figures', () => {
  it('marks the doubtful characters of a block and says they are part of a figure', () => {
    const a = analyseDocument(doc(screen([0.99, 0.99, 0.55, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99])), {
      title: '',
      settings,
      now,
    });
    expect(a.doubts).toEqual([
      expect.objectContaining({ text: '9,200.00元', low: [2], inFigure: true }),
    ]);
  });

  it('does not hold a report back for a doubtful thousands separator', () => {
    const a = analyseDocument(doc(screen([0.99, 0.5, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99])), {
      title: '',
      settings,
      now,
    });
    expect(a.doubts).toEqual([expect.objectContaining({ low: [1], inFigure: false })]);
    expect(a.shown).toBe(a.report);
  });

  it('holds back figure-based violations until confirmed, and only those', () => {
    const sure = analyseDocument(doc(screen()), { title: '', settings, now });
    expect(sure.doubts).toEqual([]);
    expect(sure.shown).toBe(sure.report);
    expect(sure.report.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');

    const unsure = analyseDocument(
      doc(screen([0.99, 0.99, 0.99, 0.4, 0.99, 0.99, 0.99, 0.99, 0.99])),
      { title: '', settings, now },
    );
    // As if every figure were right: the same accusation …
    expect(unsure.report.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');
    // … but shown only after the borrower has checked the figures.
    const shown = unsure.shown.findings;
    expect(shown.filter((f) => f.outcome === 'fail' && f.id !== 'contract-not-shown')).toEqual([]);
    expect(shown.find((f) => f.id === 'upfront-deduction')).toMatchObject({
      outcome: 'incomplete',
      missing: ['核对识别出的数字'],
    });
    expect(unsure.shown.notes).toContainEqual({ code: 'figures-to-check', data: {} });
  });

  it('ignores doubtful characters that are not part of a figure', () => {
    const raw = analyseDocument(doc(screen()), { title: '', settings, now }).raw;
    const confidence = raw.blocks.map((b) =>
      Array.from(b.text).map((_, i) => (i === 0 && b.text === '借款金额' ? 0.5 : 0.99)),
    );
    const doubts = doubtsOf(raw, confidence);
    expect(doubts).toEqual([expect.objectContaining({ text: '借款金额', inFigure: false })]);
  });
});
