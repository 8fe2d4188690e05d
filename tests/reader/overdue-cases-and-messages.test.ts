/**
 * Round eighty-six (overdue bills and collection cases): a payout record's bare 金额 is what was
 * paid out; an 等额本金 plan written as cards repeats one 本金 on every row; who lends is read from
 * a ledger's 出借单位, a record's 出借机构, an app's name on a collector's case, or a bank's own
 * site; a bank's 放款成功 message dates the loan and its first instalment.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, upfrontNamed } from '../support/raw';

describe("a payout record's bare 金额", () => {
  const loan: [string, string][] = [
    ['贷款类型', '等本等息'],
    ['利率', '月利率1.5%'],
    ['合同金额', '12,000'],
    ['合同期限', '12期'],
    ['服务费', '1,200'],
    ['每期金额', '1,180'],
  ];

  it('is what was paid out, so the fee the page lists was taken from it', () => {
    const t = readSpec({
      pairs: [
        ...loan,
        ['放款时间', '2025-09-14 10:26:37'],
        ['放款状态', '放款成功'],
        ['金额', '10,800'],
      ],
    });
    expect(t.received).toBe('10800.00');
    expect(upfrontNamed(t)).toEqual(['服务费|1200.00']);
  });

  it('is not, away from the record', () => {
    const t = readSpec({ pairs: [...loan, ['金额', '10,800']] });
    expect(t.received).not.toBe('10800.00');
    expect(upfrontNamed(t)).toEqual([]);
  });
});

describe('an 等额本金 plan written as cards', () => {
  // 5,200 over 4 months at 1.35 % a month: 70.20 of interest in month 1, 3,900 × 1.35 % = 52.65 …
  const card = (date: string, n: number, interest: string, amount: string): [string, string][] => [
    ['还款时间', date],
    ['期数', String(n)],
    ['还款金额', amount],
    ['本金', '1300'],
    ['利息', interest],
  ];
  it('repeats one 本金 on every row, a part of each, not the loan', () => {
    const t = readSpec({
      pairs: [
        ...card('2026-01-06', 1, '70.2', '1370.2'),
        ...card('2026-02-06', 2, '52.65', '1352.65'),
        ...card('2026-03-06', 3, '35.1', '1335.1'),
        ...card('2026-04-06', 4, '17.55', '1317.55'),
      ],
    });
    expect(t.principal).toBe('5200.00');
    expect(t.reading?.rejected.some((r) => r.reason === 'plan-row' && r.value === '1300')).toBe(
      true,
    );
  });
});

describe('who lends', () => {
  const bullet: [string, string][] = [
    ['借出金额', '100,000.00'],
    ['借款日期', '2025-10-15'],
    ['借款期限', '3个月'],
    ['月利率', '1.50%'],
    ['还款方式', '到期一次性还本付息'],
  ];

  it("is a company under a ledger's 出借单位, lending as a private lender does", () => {
    const t = readSpec({
      title: '往来欠款详情- 历史数据查询系统',
      pairs: [
        ['出借单位', '鼎泰恒建设集团有限公司'],
        ['借款单位', '宏盛劳务分包有限公司'],
        ...bullet,
      ],
    });
    expect(t.lender).toMatchObject({ type: 'private', name: '鼎泰恒建设集团有限公司' });
  });

  it('is not a guarantor under 出借方', () => {
    const t = readSpec({ pairs: [['出借方', '鼎泰融资担保有限公司'], ...bullet] });
    expect(t.lenderType).not.toBe('private');
  });

  it("is the 出借机构, not the bank of the borrower's card (开卡银行)", () => {
    const t = readSpec({
      pairs: [['开卡银行', '闽东农村商业银行'], ['出借机构', '榕信小额贷款有限公司'], ...bullet],
    });
    expect(t.lender).toMatchObject({ type: 'small-loan', name: '榕信小额贷款有限公司' });
  });

  it("is the app a collector's case names, not the collection system's title", () => {
    const t = readSpec({
      title: '案件详情 - 催收ONE',
      pairs: [['App名称', '速融e贷'], ...bullet],
    });
    expect(t.lender).toMatchObject({ type: 'platform-unspecified', name: '速融e贷' });
  });

  it("is the bank whose own site's title names it", () => {
    const t = readSpec({
      title: '消息中心 - 青岚银行',
      // Its messages name it only in a clause with the borrower's account, which names no lender.
      text: ['您在青岚银行办理的个人消费贷款（合同号尾号8026）第4期应还款已到期'],
      pairs: bullet,
    });
    expect(t.lender).toMatchObject({ type: 'bank', name: '青岚银行' });
  });
});

describe("a bank's 放款成功 message", () => {
  it('dates the loan and its first instalment', () => {
    const t = readSpec({
      text: [
        '尊敬的客户：您申请的个人消费贷款已于2025年10月18日成功发放至尾号3371账户。贷款金额50,000.00元，贷款期限12期，年利率（单利）3.6%，还款方式等额本息，每期还款4,248.36元（最后一期4,248.39元），首期还款日2025年11月18日，此后每月18日自动扣款。',
      ],
    });
    expect(t.disbursementDate).toBe('2025-10-18');
    expect(t.payments[0]).toMatchObject({ dueDate: '2025-11-18', amount: '4248.36' });
  });
});
