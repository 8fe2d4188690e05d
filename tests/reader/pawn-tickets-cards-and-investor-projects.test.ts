/**
 * Round thirty-nine's patterns, from uni-app loan apps, JSP/JFinal lending platforms and specialised
 * lenders (pawnshops, car loans, education and medical-beauty instalments): a card whose parts are
 * written "本金:" | "792.88" in cells of their own; a project shown to those who would fund it; a
 * form's required-field star before its label; an instalment named for what it pays; a fee paid
 * before the car is handed over; a pawn ticket whose interest and 综合费 are paid monthly; a
 * settlement's sum beside the rule that priced it; an IOU's interest written after "归还本金及利息".
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('plan cards whose labels and figures stand in cells of their own', () => {
  // 10,000 over 12 months at 0.9 % a month: 882.88 of principal and interest, plus a 25.00 fee each
  // month: 907.88. Each card lists 本金 and 服务费 as a label cell and a figure cell.
  const card = (k: number, due: string, p: string, i: string): string[] => [
    String(k),
    `第${String(k)}期 / 共12期`,
    '本金:',
    p,
    `利息: ${i}`,
    '服务费：',
    '25.00',
    '（平台收取）',
    '还款日：',
    due,
    '907.88',
    '应还(元)',
    '已还款',
  ];

  it('pays the figure the parts add up to, not the first figure after a label', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '10,000.00'],
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['月利率', '0.90%'],
      ],
      tables: [
        tableOf(
          [],
          [
            card(1, '2026-02-15', '792.88', '90.00'),
            card(2, '2026-03-15', '800.02', '82.86'),
            card(3, '2026-04-15', '807.22', '75.66'),
          ],
        ),
      ],
    });
    // 792.88 + 90.00 + 25.00 = 907.88 on the first card.
    expect(t.payments[0]?.amount).toBe('907.88');
    expect(t.payments.every((p) => p.amount === '907.88')).toBe(true);
  });
});

describe('a project shown to those who would fund it', () => {
  const project: [string, string][] = [
    ['借款利率', '9.5%'],
    ['借款期限', '12个月'],
    ['还款方式', '等额本息'],
    ['借款总额', '200,000.00元'],
    ['出借条件', '最低100元起投'],
    ['募集开始时间', '2026-04-02'],
  ];
  const commit = ['本次投资金额 5,000.00元', '预期收益 297.30元', '确认投资'];

  it('is no loan to the reader at the step where the reader commits to lend', () => {
    expect(readTerms(rawOf({ pairs: project, text: commit }))).toBeNull();
  });

  it('is read as the project’s loan where it only offers to take bids', () => {
    const t = readTerms(rawOf({ pairs: project, text: ['立即出借'] }));
    expect(t?.principal).toBe('200000.00');
  });

  it('stays a loan where the reader is asked to repay it', () => {
    const t = readTerms(rawOf({ pairs: project, text: [...commit, '立即还款'] }));
    expect(t?.principal).toBe('200000.00');
  });
});

describe('a financing wizard’s step', () => {
  it('reads a label after the required-field star, and no step name as the site', () => {
    // 500,000 for 90 days at 8 % a year (365-day year): 9,863.01 of interest; 7,800.00 of fees
    // taken at payout leave 492,200.00.
    const t = readSpec({
      title: '借款申请-融资金额',
      lead: ['中衡汇金 · 借款人中心'],
      pairs: [
        ['*融资金额', '500000.00'],
        ['*融资期限', '90天'],
        ['*融资利率', '8.00%'],
        ['*还款方式', '到期还本付息'],
        ['*平台服务费', '7500.00'],
        ['*登记服务费', '300.00'],
        ['*到期应还本息', '509863.01'],
      ],
      text: ['平台服务费与登记服务费于放款时一次性从融资款中扣除，实际到账金额 492,200.00 元。'],
    });
    expect(t.principal).toBe('500000.00');
    expect(t.lender.name).not.toBe('融资金额');
    expect(t.payments.map((p) => p.amount)).toEqual(['509863.01']);
  });
});

describe('an instalment named for what it pays', () => {
  it('reads 分期本金 inside the order’s line, and no fee named 学费分期', () => {
    // 9,600 in 12 parts of 800.00, each with 0.65 % of 9,600 = 62.40: 862.40 a period.
    const t = readSpec({
      pairs: [
        [
          '订单信息',
          '青禾职业培训学校 · 界面设计就业班学费分期：分期本金 ¥9,600.00，分12期，每期手续费率 0.65%（按分期本金计收，每期手续费 ¥62.40）',
        ],
        ['当前期数', '3/12'],
        ['应还金额', '862.40（本金 800.00 + 手续费 62.40）'],
      ],
    });
    expect(t.principal).toBe('9600.00');
    expect(t.fees.some((f) => /学费分期/.test(f.name))).toBe(false);
  });
});

describe('a car loan’s fee paid before the car is handed over', () => {
  it('is taken when the money is paid out', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '¥83,160.00'],
        ['贷款期限', '36期'],
        ['每月应还', '¥2,601.06'],
        ['GPS安装及服务费', '¥1,980.00（提车前一次付清）'],
      ],
    });
    expect(t.fees.find((f) => f.amount === '1980.00')?.when).toBe('upfront');
  });
});

describe('a pawn ticket', () => {
  // 当金 18,000 for 3 months at 0.5 % interest and 2.4 % 综合费 a month: 90.00 + 432.00 = 522.00
  // each month, and the 当金 with the last.
  const ticket: [string, string][] = [
    ['典当行', '临州市东湖典当有限责任公司（东湖路店）'],
    ['当金', '18,000.00 元'],
    ['当期', '3个月'],
    ['起当日期', '2026-03-16'],
    ['到期日期', '2026-06-16'],
    ['月利率', '0.5%'],
    ['月综合费率', '2.4%'],
    ['每月应缴', '利息 90.00 + 综合费 432.00 = 522.00 元'],
    ['到期赎当应付', '18,522.00 元（当金 + 当月利息与综合费）'],
  ];

  it('pays interest and 综合费 each month and the 当金 at redemption', () => {
    const t = readSpec({ pairs: ticket });
    expect(t.termMonths).toBe(3);
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.payments.map((p) => p.amount)).toEqual(['522.00', '522.00', '18522.00']);
  });

  it('is lent by the pawnshop, a locally licensed lender', () => {
    const t = readSpec({ pairs: ticket });
    expect(t.lender).toMatchObject({ name: '临州市东湖典当有限责任公司', type: 'small-loan' });
  });

  it('reads a bill’s 当期 figure as no term, and not as one it could not read', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00'],
        ['借款期限', '6期'],
        ['当期', '1,048.00'],
      ],
    });
    expect(t.termMonths).toBe(6);
    expect(t.unreadable.some((u) => u.label === '当期')).toBe(false);
  });
});

describe('paying early and paying late, in one note', () => {
  const spec = {
    pairs: [
      ['订单信息', '分期本金 ¥12,000.00，12期，等额本息，月利率 1.25%，每期应还 ¥1,083.10'] as [
        string,
        string,
      ],
      ['应还金额', '8,545.41（剩余本金 8,197.04 + 当期利息 102.46 + 提前结清违约金 245.91）'] as [
        string,
        string,
      ],
    ],
    text: ['提前结清需按剩余本金的3%支付违约金；逾期按未还本金每日0.06%计收罚息。'],
  };

  it('quotes the rule for paying early, not one settlement’s sum', () => {
    expect(readSpec(spec).prepayment?.text).toContain('提前结清需按剩余本金的3%支付违约金');
  });

  it('counts the prepayment penalty as no charge for paying late', () => {
    const late = readSpec(spec).fees.filter((f) => f.when === 'overdue');
    expect(late.map((f) => f.name)).toEqual(['罚息']);
  });
});

describe('an IOU', () => {
  it('repays the principal with the interest written after "归还本金及利息"', () => {
    // 8,000 for 90 days with 180.00 of interest: 8,180.00 on the due day.
    const t = readSpec({
      pairs: [
        ['出借人', '吴清禾'],
        ['金额', '8000元'],
        ['借款日期', '2026-04-01'],
        ['还款日期', '2026-06-30'],
        ['利息', '180元'],
      ],
      text: [
        '今借到吴清禾人民币8000.00元，用于店面周转，借款日期2026-04-01，于2026-06-30一次性归还本金及利息180.00元，合计8180.00元。',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['8180.00']);
  });

  it('charges interest that runs on past the due day as a charge for paying late', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5000元'],
        ['借款期限', '30天'],
        ['年利率', '14.60%'],
      ],
      text: ['逾期未还的，自逾期之日起按年利率14.60%继续计息。'],
    });
    expect(t.fees.find((f) => f.when === 'overdue')).toMatchObject({
      name: '逾期利息',
      rate: '0.146',
    });
  });
});
