/**
 * Round eighty-seven (loan details in mini-programs, negotiated debts, signing flows): a quote to
 * pay off early is no loan; an order's 实际借款金额 is the loan and its product names the app; a car
 * loan's 走款 is its payout, and of two amounts received the one the fees account for; plan cards
 * whose amount holds a fee; a phone bill and a tenancy are no loans.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec } from '../support/raw';

describe('a quote to pay off early', () => {
  const loan: [string, string][] = [
    ['借款金额', '24,000.00元'],
    ['借款期限', '12期'],
    ['还款方式', '等额本金'],
    ['年化利率(单利)', '7.80%'],
    ['放款日', '2025-09-18'],
  ];
  // 19 days of interest on the 16,000 left, at 7.8 % over a year of 360 days: 65.87.
  const quote: [string, string][] = [
    ['提前结清金额', '￥16,385.87'],
    ['本金(元)', '16,000.00'],
    ['利息(元)', '65.87'],
    ['手续费(元)', '320.00'],
    ['试算日期', '2026-02-06'],
    ['计息天数', '19天'],
  ];

  it('is what is left of the loan today, not the loan', () => {
    const t = readSpec({ pairs: [...quote, ...loan] });
    expect(t.principal).toBe('24000.00');
    expect(t.termMonths).toBe(12);
    expect(t.payments[0]?.amount).toBe('2156.00');
    expect(t.reading?.rejected).toContainEqual(
      expect.objectContaining({ role: 'principal', value: '16,000.00', reason: 'payoff-quote' }),
    );
  });

  it('charges its 手续费 for paying early, no fee of the loan', () => {
    const t = readSpec({ pairs: [...quote, ...loan] });
    expect(t.fees.filter((f) => f.when !== 'prepayment')).toEqual([]);
    expect(t.reading?.doubt ?? null).toBeNull();
  });
});

describe("an order's detail", () => {
  // 2,500 for 21 days at 0.06 % a day: 31.50 of interest; 225.00 kept back at payout.
  const order: [string, string][] = [
    ['期次', '1'],
    ['借款金额(元)', '2531.50'],
    ['到期日', '2026-02-17'],
    ['申请产品', '优米借-21天'],
    ['实际借款金额', '2500.00元'],
    ['实际借款期限', '21天'],
    ['签约提现时间', '2026-01-27 15:42:08'],
    ['日利率', '0.06%'],
    ['借款利息', '31.50'],
    ['还款方式', '到期一次性还本付息'],
    ['到账金额', '2275.00'],
    ['服务费', '225.00'],
  ];

  it('lends its 实际借款金额 for its 实际借款期限, the bill being principal and interest', () => {
    const t = readSpec({ pairs: order });
    expect([t.principal, t.termDays, t.received]).toEqual(['2500.00', 21, '2275.00']);
    expect(amountsOf(t)).toEqual(['2531.50']);
    expect(t.contractDate).toBe('2026-01-27');
  });

  it('names the app its product is named for, less the term', () => {
    const t = readSpec({ pairs: order });
    expect(t.lender).toMatchObject({ type: 'platform-unspecified', name: '优米借' });
  });

  it('takes no kind of loan for an app', () => {
    const t = readSpec({
      pairs: order.map(([k, v]): [string, string] =>
        k === '申请产品' ? [k, '个人消费贷款'] : [k, v],
      ),
    });
    expect(t.lender.name).toBeNull();
  });
});

describe("a car loan's cost sheet", () => {
  const sheet = (paidOut: [string, string][]): [string, string][] => [
    ['贷款金额(元)', '120000.00'],
    ['贷款期数', '36期'],
    ['客户利率', '5.40%'],
    ['还款方式', '等额本息'],
    ['担保费(元)', '2400.00'],
    ['GPS费(元)', '1280.00'],
    ['综合服务费(元)', '3600.00'],
    ['费用合计', '7280.00'],
    ['实收金额(元)', '7280.00'],
    ...paidOut,
  ];

  it('pays out 应走款金额 on 走款时间, the fees the page lists taken from it', () => {
    const t = readSpec({
      pairs: sheet([
        ['应走款金额(元)', '112720.00'],
        ['走款时间', '2026-01-09'],
      ]),
    });
    expect(t.received).toBe('112720.00');
    expect(t.disbursementDate).toBe('2026-01-09');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual([
      '2400.00',
      '1280.00',
      '3600.00',
    ]);
  });
});

describe('plan cards whose amount holds a fee', () => {
  // 8,000 over 2 months 等额本息 at 0.8 % a month, and 56.00 of 服务费 on each card.
  const card = (
    n: number,
    date: string,
    p: string,
    i: string,
    total: string,
  ): [string, string][] => [
    ['期数', String(n)],
    ['应还金额', total],
    ['应还利息', i],
    ['还款日', date],
    ['应还本金', p],
    ['服务费', '56.00'],
  ];

  it('are the plan, the fee named in each instalment, where every card adds up', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000.00元'],
        ['还款期数', '2期'],
        ...card(1, '2026-02-05', '3984.04', '64.00', '4104.04'),
        ...card(2, '2026-03-05', '4015.96', '32.13', '4104.09'),
      ],
    });
    expect(amountsOf(t)).toEqual(['4104.04', '4104.09']);
    expect(t.payments[0]?.fees).toEqual({ 服务费: '56.00' });
  });

  it('are no plan where a card does not add up', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000.00元'],
        ['还款期数', '2期'],
        ...card(1, '2026-02-05', '3984.04', '64.00', '4048.04'),
        ...card(2, '2026-03-05', '4015.96', '32.13', '4104.09'),
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).not.toEqual(['2026-02-05', '2026-03-05']);
  });
});

describe('no loan', () => {
  it('on a phone bill split over three months', () => {
    const raw = rawOf({
      title: '移动缴费确认 - 生活助手',
      pairs: [
        ['收费单位', '星联通信东岚分公司'],
        ['欠费金额', '226.40元'],
        ['滞纳金', '12.23元（按欠费金额每日3‰计收）'],
        ['应缴合计', '238.63元'],
      ],
      text: [
        '一次缴清 238.63元，缴费后2小时内恢复通话',
        '分期缴清：分3个月缴纳，本月79.55元，4月、5月各79.54元',
        '话费 · 电费 · 水费 一站缴',
      ],
      controls: [
        {
          kind: 'radio',
          checked: true,
          label: '一次缴清 238.63元，缴费后2小时内恢复通话',
          locator: 'li:nth-of-type(8) > label',
        },
        {
          kind: 'radio',
          checked: false,
          label: '分期缴清：分3个月缴纳，本月79.55元，4月、5月各79.54元',
          locator: 'li:nth-of-type(9) > label',
        },
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('on a tenancy with a term and a late fee', () => {
    const raw = rawOf({
      title: '合签云 - 模板发起',
      pairs: [
        ['出租方（甲方）', '宋*华'],
        ['承租方（乙方）', '梁*琪'],
        ['租赁期限', '12个月'],
        ['月租金', '4,800.00元'],
        ['甲方（签字）', '__________'],
      ],
      text: ['乙方逾期支付租金的，每逾期一日按应付租金的0.05%向甲方支付滞纳金。'],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('a fee shown twice under two names of its kind', () => {
  it('is one fee, paid once with the principal and the interest', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2000'],
        ['审核费', '120.00'],
        ['借款期限', '14'],
        ['审批费用', '120.00'],
        ['管理费用', '50.00'],
        ['借款利息', '14.00'],
      ],
      text: ['借款期限单位为天。审批费用、管理费用与借款利息于还款日随本金一并归还。'],
    });
    expect(amountsOf(t)).toEqual(['2184.00']);
    expect(t.fees.map((f) => f.amount)).toEqual(['120.00', '50.00']);
  });
});
