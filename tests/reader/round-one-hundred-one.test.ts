/**
 * Round one hundred and one's patterns (pages 4164–4231): shop tills and pay-later checkouts,
 * machine-made React markup, pawn tickets, vouchers and receipts, back offices.
 */
import { describe, expect, it } from 'vitest';

import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('shop tills and pay-later checkouts', () => {
  it('takes no instalment the till collected ("收款金额： ¥526") for what the loan paid out', () => {
    const t = readSpec({
      pairs: [
        ['销售日期', '2026-03-15'],
        ['收款金额', '¥526'],
        ['总期数', '12'],
      ],
      text: [
        '售价 ¥7,200，首付 ¥1,200，分期金额 ¥6,000，年利率9.6%，按月等额本息还款，每月应还 ¥526.38，共12期。',
      ],
    });
    expect(t.principal).toBe('6000.00');
    expect(t.received).toBe('6000.00');
    // A receipt's day of sale is the day the instalment was signed.
    expect(t.contractDate).toBe('2026-03-15');
  });

  const fourPayments = tableOf(
    [],
    [
      ['今天', '¥656.50', '（含手续费：¥57.50）'],
      ['2026-07-18', '¥599.00'],
      ['2026-08-18', '¥599.00'],
      ['2026-09-18', '¥599.00'],
    ],
  );

  /** The checkout as scanned: today's share, its fee in the note after it, the order's total. */
  const checkout = (total: string): ReturnType<typeof rawOf> => {
    const raw = rawOf({
      pairs: [['今天', '¥656.50']],
      text: ['（含手续费：¥57.50）', '合计（含税）', total],
      tables: [fourPayments],
    });
    raw.pairs.push(
      { label: '含手续费', value: '¥57.50', via: 'colon', labelBlock: 2, valueBlock: 2 },
      { label: '合计（含税）', value: total, via: 'same-element', labelBlock: 3, valueBlock: 4 },
    );
    return raw;
  };

  it('reads "pay in four": today’s share is the buyer’s own, its fee paid today', () => {
    const t = readTerms(checkout('¥2,396.00'));
    expect(t?.principal).toBe('1797.00');
    expect(t?.received).toBe('1739.50');
    expect(t && upfrontNamed(t)).toEqual(['手续费|57.50']);
    expect(t && amountsOf(t)).toEqual(['599.00', '599.00', '599.00']);
  });

  it('takes no order total for the amount lent that the plan after today does not add up to', () => {
    expect(readTerms(checkout('¥2,496.00'))?.principal).not.toBe('1897.00');
  });
});

describe('machine-made markup', () => {
  it('reads instalment cards drawn amount, status, then date, a button between them', () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const month = i + 2;
      const due = `${String(2026 + Math.floor((month - 1) / 12))}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
      return ['-', '¥ 1096.00', i < 4 ? '已还' : '待还', due, ...(i >= 4 ? ['去还款'] : [])];
    });
    const t = readSpec({
      pairs: [
        ['借款金额', '¥ 12000.00'],
        ['月利率', '0.8%'],
      ],
      text: rows.flat(),
    });
    expect(amountsOf(t)).toEqual(Array<string>(12).fill('1096.00'));
    expect(t.payments[0]?.dueDate).toBe('2026-02-15');
    expect(t.payments[11]?.dueDate).toBe('2027-01-15');
  });

  it('reads a fee whose own label says it is taken at payout over its share', () => {
    const t = readSpec({
      pairs: [
        ['申请金额', '¥10000'],
        ['借款期限', '12 个月'],
        ['年利率', '15%'],
        ['还款方式', '等额本息'],
        ['月供（本息）', '¥902.58'],
        ['贷款手续费（放款时从放款金额中一次性扣收）', '3%'],
        ['信用保证保险费（每期随月供收取）', '¥25.00'],
      ],
    });
    expect(t.received).toBe('9700.00');
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['25.00']);
  });

  const rounds: [string, string][] = [
    ['借款金额（元）', '¥ 8000'],
    ['借款期限（天）', '120 天'],
    ['利率（整个借款期限）', '8 %'],
  ];
  const final: [string, string][] = [
    ['借款金额（元）', '¥ 6000'],
    ['借款期限（天）', '90 天'],
    ['利率（整个借款期限）', '6 %'],
  ];

  it('reads a negotiation’s final offer, not its first', () => {
    const raw = rawOf({ lead: ['初始报价'], pairs: rounds });
    const lead = raw.blocks.length;
    const withFinal = rawOf({ lead: ['初始报价'], pairs: [...rounds, ['最终报价', ''], ...final] });
    // (The heading "最终报价" stands alone, as the page draws it.)
    expect(withFinal.blocks[lead]?.text).toBe('最终报价');
    const t = readTerms(withFinal);
    expect(t?.principal).toBe('6000.00');
    expect(t?.termDays).toBe(90);
  });

  it('takes no rate "for the whole term" for a year’s', () => {
    const t = readTerms(rawOf({ pairs: final }));
    expect(t?.statedRates.some((r) => r.value === '0.06' && r.kind === 'annual-simple')).toBe(
      false,
    );
  });
});

describe('who lends', () => {
  const plan: [string, string][] = [
    ['姓名', '林晓岚'],
    ['分期金额', '¥5,000'],
    ['期数', '12期'],
    ['月供', '¥466.67'],
  ];

  it('takes no customer a till’s record is titled by for the lender', () => {
    const t = readSpec({
      title: '分期计划 - 林晓岚 - 泓景数码收银系统',
      pairs: plan,
      text: ['泓景数码'],
    });
    expect(t.lender.name).toBe('泓景数码');
  });

  it('takes no field a page is titled by for the lender; finances the price less what was paid down', () => {
    const t = readSpec({
      title: '资金列表 - 剩余货款',
      pairs: [
        ['支付单金额', '23,600.00元'],
        ['首付款总金额', '5,600.00元（已支付）'],
        ['剩余货款总金额', '18,000.00元'],
        ['期数', '18期'],
        ['服务费率', '0.65%/期（按剩余货款总金额）'],
      ],
    });
    expect(t.principal).toBe('18000.00');
    expect(t.lender.name).not.toBe('剩余货款');
  });

  it('names a back office’s platform without its "后台管理系统"', () => {
    const t = readSpec({
      title: '标的详情 - 禾丰融后台管理系统',
      lead: ['禾丰融后台管理系统'],
      pairs: plan.slice(1),
    });
    expect(t.lender.name).toBe('禾丰融');
  });
});

describe('receipts', () => {
  it('names the fee of "费用为平台服务费 ¥1,350.00，…于放款时一次性扣收"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '15,000.00'],
        ['借款期限', '12期'],
        ['年化利率（单利）', '15.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['费用为平台服务费 ¥1,350.00，按借款本金的9%于放款时一次性扣收，实付金额即到账金额。'],
    });
    expect(upfrontNamed(t)).toEqual(['平台服务费|1350.00']);
  });

  it('reads a payoff’s receipt that charged for settling early as the loan it settled', () => {
    const plan = tableOf(
      ['期数', '应还日期', '本金', '利息', '应还本息', '状态'],
      [
        ['1/3', '2026-02-15', '3,311.65', '75.00', '3,386.65', '已还'],
        ['2/3', '2026-03-15', '3,336.49', '50.16', '3,386.65', '提前结清'],
        ['3/3', '2026-04-15', '3,351.86', '25.14', '3,377.00', '提前结清'],
      ],
    );
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款金额', '10,000.00'],
          ['借款期限', '3期'],
          ['年利率', '9.00%'],
          ['放款日期', '2026-01-15'],
          ['剩余本金', '6,688.35'],
          ['提前还款违约金', '133.77'],
        ],
        text: ['备注：借款已于2026年2月20日全部结清，剩余应还0.00元'],
        tables: [plan],
      }),
    );
    expect(t?.principal).toBe('10000.00');
  });

  it('still reads no loan from a payoff’s receipt that charged nothing for it', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款金额', '10,000.00'],
          ['借款期限', '3期'],
          ['年利率', '9.00%'],
          ['提前还款违约金', '0.00'],
        ],
        text: ['备注：借款已于2026年2月20日全部结清，剩余应还0.00元'],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('pawn tickets', () => {
  it('adds the fees to the redemption where the total due says so', () => {
    const t = readSpec({
      pairs: [
        ['发当日期', '2026-03-16'],
        ['到期日期', '2026-05-16'],
        ['当金', '¥40,000.00'],
        ['月利率', '0.4%'],
        ['利息（2个月）', '¥320.00'],
        ['综合费（月综合费率0.5%，2个月）', '¥400.00'],
        ['应付金额', '¥40,720.00'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-03-16');
    expect(t.received).toBe('40000.00');
    expect(amountsOf(t)).toEqual(['40720.00']);
  });
});

describe('pawn renewals', () => {
  it('runs a renewal from the day the period it renews ends to its new due date', () => {
    const t = readSpec({
      pairs: [
        ['发当日期', '2026-04-08'],
        ['到期日期', '2026-05-08'],
        ['当金', '¥30,000.00'],
        ['月利率', '0.5%'],
        ['新到期日期', '2026-06-08'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-05-08');
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-06-08']);
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();

  it('takes the day of a 借款流水’s 放款 row, its amounts in columns drawn apart (page 4202)', async () => {
    const t = await readPatternPage(chromium.page, 4202, '合同金额入账');
    expect(t?.disbursementDate).toBe('2026-02-10');
  });

  it('reads no loan from a shop’s setup of the instalment plans it offers (page 4171)', async () => {
    // 分期方案设置 · 订单金额区间 · 商户手续费 · 顾客手续费 in tabs, one open: once read as a loan with
    // no amount, its 15% a rate "without a contract" from a lender "not named".
    expect(await readPatternPage(chromium.page, 4171, '当前方案一览')).toBeNull();
  });

  it('reads the dates a pawn ticket keeps in date fields, and charges noted "（400.00元/月）" (page 4191)', async () => {
    // 应付金额 123,400.00 = 当金 120,000.00 + 利息 600.00 + 综合费 1,920.00 + 停车保管费 400.00 +
    // 逾期违约金 480.00: the fees are paid at redemption, nothing was kept back.
    const t = await readPatternPage(chromium.page, 4191, '停车保管费');
    expect(t?.disbursementDate).toBe('2026-04-03');
    expect(t?.received).toBe('120000.00');
    expect(t && amountsOf(t)).toEqual(['122920.00']);
  });
});
