/**
 * Pawn tickets (典当管理办法): the trade's own ticket heading names no pawnshop, a ticket's term in
 * one cell of runs, its two monthly rates, and a redemption page's 上期典当期限. Each expected figure
 * is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('a pawn ticket', () => {
  // 10,000 pawned for a month from 2026-03-05, 综合费用 250 kept back (9,750 paid out), interest
  // 0.5 % a month: 10,050 at redemption on 2026-04-05.
  const ticket = () => {
    const raw = rawOf({
      lead: ['当票 典当行业统一当票 · 电子版'],
      pairs: [
        ['典当金额（大写）', '壹万元整'],
        ['合计', '10000.00 元'],
        ['综合费用', '250.00 元'],
        ['月费率', '2.5%'],
        ['月利率', '0.5%'],
        ['实付金额', '9750.00 元'],
      ],
      text: [
        '典当期限：由',
        '2026-03-05',
        '起 至',
        '2026-04-05',
        '止',
        '备注：综合费用已于发放当金时扣收；当期利息50.00元于赎当时随典当金额一并支付，赎当应付合计10050.00元。',
      ],
      // The goods pledged: 序号 · 数量 · 估价 · 典当金额.
      tables: [
        tableOf(
          ['序号', '当物名称', '数量', '估价', '典当金额'],
          [['1', '足金手镯', '1', '12500.00元', '10000.00 元']],
        ),
      ],
    });
    // "<td><big>典当期限：由</big> 2026-03-05 <big>起 至</big> 2026-04-05 <big>止</big></td>".
    const cell = 'body > table > tbody > tr:nth-of-type(12) > td';
    const at = raw.blocks.findIndex((b) => b.text === '典当期限：由');
    raw.blocks.slice(at, at + 5).forEach((b, i) => {
      b.locator = i % 2 === 0 ? `${cell} > big:nth-of-type(${String(i / 2 + 1)})` : cell;
    });
    return raw;
  };

  it('reads its term from the runs of one cell', () => {
    const t = readTerms(ticket());
    expect([t?.termMonths, t?.disbursementDate]).toEqual([1, '2026-03-05']);
  });

  it('repays once at redemption, not the goods list’s “1 · 1”', () => {
    const t = readTerms(ticket());
    expect(t?.payments.map((p) => p.amount)).toEqual(['10050.00']);
  });

  it('takes no pawnshop from the trade its ticket heading names', () => {
    const t = readTerms(ticket());
    expect(t?.lender.name).toBeNull();
  });
});

describe('a redemption page', () => {
  // 20,000 for 2 months: 综合费率 2.2 % and 利息费率 0.5 % a month, 20,000 × 2.7 % × 2 = 1,080.
  const t = readSpec({
    lead: ['赎当办理'],
    pairs: [
      ['已发放当金', '¥20000.00'],
      ['上期典当期限', '2个月'],
      ['综合费率', '2.2%/月'],
      ['利息费率', '0.5%/月'],
      ['贷款日期', '2026-03-18'],
      ['应还款日期', '2026-05-18'],
    ],
  });

  it('takes the pawn it redeems’ term', () => {
    expect(t.termMonths).toBe(2);
  });

  it('reads 综合费率 as the fee and 利息费率 as the interest', () => {
    expect(t.statedRates.map((r) => [r.label, r.kind]).sort()).toEqual([
      ['利息费率', 'monthly'],
      ['综合费率', 'fee-rate-monthly'],
    ]);
  });
});
