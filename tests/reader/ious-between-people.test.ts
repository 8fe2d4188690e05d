/**
 * Round eighty-six (private lending: IOU apps, paper IOUs, ledgers, arbitration forms): what a
 * dispute costs is no fee of the loan; the agreed due day beats the day a part was repaid; an IOU
 * app's notice says what arrived, its 先息 took the interest, its 全额 repays at once; who lends is
 * the name over its role, the one borrowed from (向…今借到), or family (向表哥借…).
 */
import { describe, expect, it } from 'vitest';
import { readSpec, upfrontNamed } from '../support/raw';

describe('an arbitration form for an overdue IOU', () => {
  const t = readSpec({
    pairs: [
      ['借款金额', '¥20,000.00'],
      ['借款日期', '2025-08-20'],
      ['借款期限', '6个月'],
      ['约定年利率', '6.00%'],
      ['还款方式', '到期一次性还本付息'],
      ['仲裁费用', '¥1190.00'],
      ['还款时间：', '2026.01.08'],
      ['约定还款日', '2026-02-20'],
    ],
  });
  it('takes no fee from what the tribunal charges', () => {
    expect(upfrontNamed(t)).toEqual([]);
    expect(t.received).toBe('20000.00');
  });
  it('falls due on the day agreed, not on the day a part was repaid', () => {
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-02-20']);
  });
});

describe("a back office's filter set to a range", () => {
  it('dates no loan ("约定还款日 | 2026-04-01 - 2026-04-30")', () => {
    const t = readSpec({
      pairs: [
        ['约定还款日', '2026-04-01 - 2026-04-30'],
        ['申请金额', '2000'],
        ['申请期限', '7天'],
        ['放款时间', '2026-04-08 14:22:05'],
        ['应还金额', '2000'],
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).not.toContain('2026-04-01');
  });
});

describe("an IOU app's loan with its interest taken first (先息)", () => {
  const t = readSpec({
    lead: ['何振宇', '出借人', '交易编号 YX26020614305517'],
    text: ['系统:您已收到对方打款 9000 元（借款10000元，先息方式已扣除利息1000元）'],
    pairs: [
      ['借款金额:', '10000 元'],
      ['用款时间:', '2026-02-06'],
      ['借款时长:', '10个月'],
      ['利息:', '1000元'],
    ],
    controls: [
      { kind: 'radio', checked: true, label: '全额', locator: 'b.on' },
      { kind: 'radio', checked: false, label: '分期', locator: 'b' },
    ],
  });
  it('received what the notice says arrived, the interest kept back', () => {
    expect(t.received).toBe('9000.00');
    expect(upfrontNamed(t)).toEqual(['利息|1000.00']);
  });
  it('repays the principal alone, at once, at the end', () => {
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.disbursementDate).toBe('2026-02-06');
    expect(t.payments.map((p) => p.amount)).toEqual(['10000.00']);
  });
  it('is lent by the name over its role', () => {
    expect(t.lender).toMatchObject({ type: 'private', name: '何振宇' });
  });
});

describe('who lends on a private loan', () => {
  const bullet: [string, string][] = [
    ['借款金额', '50000元'],
    ['借款期限', '6个月'],
    ['月利率', '2%'],
    ['还款方式', '到期一次性还本付息'],
  ];
  it('is the one a paper IOU borrows from (向…今借到)', () => {
    const t = readSpec({
      text: ['借条', '周立新因门店装修周转需要向韩建军今借到（人民币）¥50000（伍万元整）'],
      pairs: bullet,
    });
    expect(t.lender).toMatchObject({ type: 'private', name: '韩建军' });
  });
  it('is not a bank borrowed from (向银行借到)', () => {
    const t = readSpec({ text: ['借条', '周立新向银行今借到人民币50000元'], pairs: bullet });
    expect(t.lender.name).not.toBe('银行');
  });
  it('is family, in a ledger ("向表哥借36000元")', () => {
    const t = readSpec({
      text: ['2025-10-10向表哥借36000元买车，说好年利率百分之十二，等额本息。'],
      pairs: bullet,
    });
    expect(t.lenderType).toBe('private');
  });
});
