/**
 * Round ninety-three's patterns (pages 3408–3523): a fee's share with what it comes to; a rate's unit
 * before its note; a payoff trial's days and sum; a deposit set against the last period inside the
 * plan; fees a table says are paid on payout day, or that a funds record shows debited with the
 * loan; a fee taken with each repayment; fees taken from the card before the money is drawn or at
 * signing; a record's 本次未还本金; a bullet loan's days when interest runs by the day; a 赎楼
 * advance's fee that is its interest; rent-to-own pages of the lease-frontend kind; an advance on
 * a shop's orders; credit lines unused, or drawn with their own days and a card sold before payout;
 * 复利 on unpaid interest.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { type RawSpec, amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

const readTermsOf = (spec: RawSpec) => readTerms(rawOf(spec));

const kinds = (t: ReturnType<typeof readSpec>): string[] =>
  t.statedRates.map((r) => `${r.kind}|${r.value}`);

describe('a fee’s share with its total', () => {
  const plan: [string, string][] = [
    ['分期金额', '36,000.00元'],
    ['分期期数', '24期'],
    ['年利率', '8.40%'],
    ['月利率', '0.70%'],
  ];
  it('is one charge when the total is that share of a stated amount', () => {
    const t = readSpec({
      pairs: plan,
      text: ['分期服务费为分期金额的3%，共 1,080.00 元，签约当日由客户另行支付给银行。'],
    });
    expect(kinds(t)).not.toContain('fee-rate-monthly|0.03');
  });

  it('stays a rate when the total is no share of any stated amount', () => {
    const t = readSpec({
      pairs: plan,
      text: ['服务费率0.5%/期，共计 2,160.00 元，随每期还款收取。'],
    });
    expect(kinds(t)).toContain('fee-rate-monthly|0.005');
  });

  it('names the fee without its share: "居间服务费（借款金额的2%）"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '800,000.00元'],
        ['借款期限', '36期'],
        ['还款方式', '等额本息'],
        ['月利率', '0.55%'],
      ],
      tables: [
        tableOf(
          ['费用项目', '收费方', '金额（元）', '支付时间'],
          [
            ['居间服务费（借款金额的2%）', '澄房金服', '16,000.00', '银行放款当日'],
            ['评估费', '澄信房地产估价事务所', '1,200.00', '银行放款当日'],
          ],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['居间服务费|16000.00', '评估费|1200.00']);
    expect(kinds(t)).not.toContain('fee-rate-monthly|0.02');
  });
});

describe('a rate with its unit and a note in brackets', () => {
  it('reads "0.5%/期（每期￥45.00，随每期还款收取）" as a monthly fee rate', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '￥9000.00'],
        ['借款期限', '3期'],
        ['日利率', '0.06%'],
        ['平台服务费率', '0.5%/期（每期￥45.00，随每期还款收取）'],
      ],
    });
    expect(kinds(t)).toContain('fee-rate-monthly|0.005');
  });
});

describe('two rates in one value', () => {
  it('reads "9.6%（单利），月利率0.8%" as the label’s rate and the one named after the comma', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '36,000.00元'],
        ['借款期限', '36期'],
        ['年利率', '9.6%（单利），月利率0.8%'],
      ],
    });
    expect(kinds(t)).toEqual(expect.arrayContaining(['annual-simple|0.096', 'monthly|0.008']));
  });
});

describe('a payoff trial beside the loan', () => {
  it('takes neither its days nor its sum for the loan’s', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '300,000.00 元'],
        ['贷款期限', '12个月'],
        ['还款方式', '按月付息、到期还本（先息后本）'],
        ['执行年利率', '3.95%'],
        ['放款日期', '2026-03-02'],
        ['提前还款日期', '2026-08-10'],
        ['提前归还本金', '300,000.00'],
        ['应还利息（2026-08-02至2026-08-10，共8天）', '263.33'],
        ['提前还款违约金', '6,000.00'],
        ['试算应还合计', '306,263.33'],
      ],
    });
    expect(t.termMonths).toBe(12);
    expect(t.payments).toHaveLength(12);
    expect(t.reading?.doubt).toBeNull();
  });
});

describe('a deposit set against the last period inside the plan', () => {
  it('keeps the plan’s 应还合计 that a 保证金冲抵 column takes the deposit off', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 4).padStart(2, '0')}-16`.replace(/-1[3-5]-/, (m) => m),
      i === 11 ? '500,000.00' : '0.00',
      '6,000.00',
      i === 11 ? '-25,000.00' : '0.00',
      i === 11 ? '481,000.00' : '6,000.00',
    ]);
    const t = readSpec({
      pairs: [
        ['批准金额', '人民币500,000.00元'],
        ['借款期限', '12个月（12期）'],
        ['月利率', '1.2%'],
        ['还款方式', '先息后本（按月付息，到期还本）'],
      ],
      tables: [
        tableOf(['期次', '还款日期', '应还本金', '应还利息', '保证金冲抵', '应还合计'], rows),
      ],
    });
    expect(amountsOf(t).at(-1)).toBe('481000.00');
  });
});

describe('fees paid apart from the loan', () => {
  it('reads a funds record’s fee debited when the loan was credited as taken at payout', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '￥50000.00'],
        ['借款利率', '12%'],
        ['借款期限', '12个月'],
        ['还款方式', '按月分期还款（等额本息）'],
      ],
      tables: [
        tableOf(
          ['本借款资金记录'],
          [
            ['类型', '操作金额', '总金额', '可用金额', '冻结金额', '记录时间', '备注'],
            [
              '借款入账',
              '+￥50000.00',
              '￥50000.00',
              '￥50000.00',
              '￥0.00',
              '2026-03-10 16:40',
              '借款入账',
            ],
            [
              '借款管理费',
              '-￥1500.00',
              '￥48500.00',
              '￥48500.00',
              '￥0.00',
              '2026-03-10 16:40',
              '扣除借款管理费',
            ],
          ],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['借款管理费|1500.00']);
  });

  it('keeps a fee taken with each repayment periodic, whatever "扣除" says', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000元'],
        ['借款期数', '12期'],
        ['还款方式', '等额本金'],
        ['月利率', '1.2%'],
        ['账户管理费', '按借款金额的0.5%每月收取，每期150元，随每期还款一并扣除'],
      ],
    });
    expect(upfrontNamed(t)).toEqual([]);
    expect(t.fees.some((f) => f.when === 'periodic' && f.amount === '150.00')).toBe(true);
  });

  it('takes a fee drawn from the card before the money is drawn off what the loan brings in', () => {
    const t = readSpec({
      pairs: [
        ['提现金额', '10,000.00元'],
        ['借款期数', '12期'],
        ['还款方式', '等额本息'],
        ['年化利率（单利）', '12.00%'],
        ['预计服务费', '798.00元'],
      ],
      text: [
        '服务费为第二笔付款，将在提现前从您绑定的银行卡（尾号6217）扣取，扣款成功后借款全额放至该卡。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['服务费|798.00']);
  });

  it('…and one taken from the card at signing', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000元'],
        ['借款期限', '6个月'],
        ['还款方式', '先息后本'],
        ['日利率', '0.04%'],
        [
          '担保服务费',
          '本产品由合作担保公司提供担保，担保服务费为借款金额的2%，即1,000.00元，签约时从您的还款银行卡一次性划扣，划扣成功后放款。',
        ],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['担保服务费|1000.00']);
  });
});

describe('a record’s 本次未还本金 before any principal is repaid', () => {
  it('is the amount lent where the instalments agree with it', () => {
    const t = readSpec({
      pairs: [
        ['本次未还本金（元）', '8,000.00元'],
        ['放款时间', '2026年03月10日'],
        ['借款期限', '6个月'],
        ['还款方式', '先息后本'],
        ['月利率', '1.2%'],
        ['本期应还', '96.00元'],
      ],
    });
    expect(t.principal).toBe('8000.00');
  });
});

describe('a bullet loan whose interest runs by the day', () => {
  it('runs for the days the contract states, not the month its dates span', () => {
    const t = readSpec({
      text: [
        '借款金额：人民币20,000.00元。借款期限：30天，自2026年4月15日起至2026年5月15日止。借款年利率9.6%，按日计息，日利率＝年利率÷360。还款方式：到期一次性还本付息，乙方应于2026年5月15日前一次性归还本金及利息合计20,160.00元。',
      ],
      // (…beside the platform's one-row plan of the same loan.)
      tables: [
        tableOf(
          ['借款期数', '还款日期', '还款本息', '还款利息'],
          [['1', '2026-05-15', '20160.00', '160.00']],
        ),
      ],
    });
    expect(t.termDays).toBe(30);
  });
});

describe('a 赎楼 advance', () => {
  it('takes the advance’s daily fee for its interest, and a fee row’s "签约时" for its own row only', () => {
    const t = readSpec({
      pairs: [
        ['借款人', '许志强'],
        ['金额', '150万元'],
        ['期限', '18天'],
        ['还款方式', '到期一次性还本付息'],
        ['放款日期', '2026-07-06'],
      ],
      tables: [
        tableOf(
          ['费用名称', '费率/标准', '金额（元）', '收取方式'],
          [
            ['垫资费', '日费率0.06%', '16,200.00', '按实际用款天数计收，到期与本金一并归还'],
            ['赎楼服务费', '垫资金额的0.5%', '7,500.00', '签约时一次性支付（2026-07-03已收）'],
          ],
        ),
      ],
      text: [
        '签约时一次性支付（2026-07-03已收）',
        '到期应还本息合计：1,516,200.00元（垫资本金1,500,000.00元 + 垫资费16,200.00元）。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['赎楼服务费|7500.00']);
    expect(amountsOf(t)).toEqual(['1516200.00']);
  });
});

describe('rent-to-own, lease-frontend pages', () => {
  it('finds the first rent and the rest side by side, the first paid with the order', () => {
    // 3,299 − 99 = 3,200 lent; 11 rents of 299, then the 1.00 buyout.
    const t = readSpec({
      text: [
        '官方售价 ¥3,299.00',
        '租期租金 首期 剩余11期 ￥99.00/月（下单时支付） ￥299.00/月',
        '买断金￥1',
        '￥299.00 月租金 ￥3388.00 总租金 ￥1.00 买断价',
      ],
    });
    expect(t.principal).toBe('3200.00');
    expect(amountsOf(t)).toEqual([...Array<string>(11).fill('299.00'), '1.00']);
  });

  it('takes the rent from the first where the rents add up to whole months of it, less a coupon', () => {
    // 6,468 = 12 × 539; the order paid 539 − 30 = 509, and a 149 screen cover with it.
    const t = readSpec({
      text: [
        '套餐：256G 曜石黑 全新 | 官方售价¥6299 | 租完买断',
        '预计起租日 2026-08-06',
        '首期租金 ￥539.00 - 30.00(券) = 509.00',
        '剩余租金 5929.00',
        '总租金 ￥6468.00',
        '碎屏保障服务 屏幕意外碎裂免费换屏1次，随首期租金支付￥149.00',
        '到期完结/租完买断 -￥1299.00',
      ],
    });
    expect(t.principal).toBe('5790.00');
    expect(upfrontNamed(t)).toEqual(['碎屏保障服务|149.00']);
    expect(amountsOf(t)).toEqual([...Array<string>(11).fill('539.00'), '1299.00']);
  });

  it('adds a cover charged each month to the rent', () => {
    const t = readSpec({
      pairs: [
        ['官方售价（签约价）', '¥12,999.00'],
        ['租期', '18个月'],
        ['月租金', '¥769.00，每月15日支付'],
        ['意外保障服务费', '¥39.00/月，随每期租金一并支付'],
        ['每期应付合计', '¥808.00（第18期另含到期买断价，合计¥2,807.00）'],
        ['到期买断价', '¥1,999.00，与第18期租金一并支付'],
      ],
    });
    expect(amountsOf(t).slice(0, 2)).toEqual(['808.00', '808.00']);
    expect(amountsOf(t).at(-1)).toBe('2807.00');
  });

  it('takes the rent and their number from a listed plan of equal rents', () => {
    const t = readSpec({
      text: ['官方售价 ¥4,899.00 · 租满即送 · 共12期'],
      tables: [
        tableOf(
          ['期数', '租金'],
          Array.from({ length: 12 }, (_, i) => [`${String(i + 1)}/12`, '￥459.00']),
        ),
      ],
    });
    expect(t.principal).toBe('4899.00');
    expect(amountsOf(t)).toEqual(Array<string>(12).fill('459.00'));
  });
});

describe('an advance on a shop’s orders (提前收款)', () => {
  it('lends the amount its fee is taken from, repaid as that amount on the latest day', () => {
    const t = readSpec({
      pairs: [
        ['提前收款金额', '￥12600.00'],
        ['提前收款服务费', '￥151.20（服务费率1.2%，从提前收款金额中扣除）'],
        ['实际到账', '￥12448.80 到账户余额，可立即提现'],
        ['到账时间', '2026-05-05'],
        [
          '最晚归还日',
          '2026-05-20（自到账日起15天，届时未确认的订单按提前收款金额从账户余额中扣回）',
        ],
        ['资金提供方', '汀禾网络小额贷款有限公司'],
      ],
    });
    expect(t.principal).toBe('12600.00');
    expect(t.received).toBe('12448.80');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-05-20', '12600.00']]);
  });
});

describe('revolving credit lines', () => {
  it('reads no loan on a line granted and not yet used', () => {
    const t = readTermsOf({
      pairs: [
        ['申请金额(元)', '100,000.00'],
        ['贷款期限', '12 月'],
        ['审批额度(元)', '100,000.00'],
        ['可用余额(元)', '100,000.00'],
        ['银行利率(年化)', '3.95%起'],
      ],
      text: ['用款记录 已用额度 0.00', '暂无用款记录', '去借款'],
    });
    expect(t).toBeNull();
  });

  it('…but reads a drawdown being confirmed, its line still unused', () => {
    const t = readSpec({
      pairs: [
        ['授信额度', '200,000.00'],
        ['已用额度', '0.00'],
        ['借款金额', '200,000.00'],
        ['日利率', '0.02%'],
        ['借款日', '2026年6月20日'],
        ['到期日', '2026年9月18日'],
      ],
    });
    expect(t.principal).toBe('200000.00');
  });

  it('dates a drawdown by its own days, not the line’s span', () => {
    const t = readSpec({
      pairs: [
        ['授信期限', '12月'],
        ['开始日期', '2026-05-02'],
        ['截止日期', '2027-05-02'],
        ['借款金额', '20,000.00元'],
        ['借款期限', '90天'],
        ['起息日', '2026-06-08（今日放款）'],
        ['到期日', '2026-09-06'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.03%'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-06-08');
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-09-06']);
  });

  it('takes a card sold with the drawdown and paid before it off what arrives', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2,000.00元'],
        ['借款期限', '30天'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.06%'],
        ['到期应还', '2,036.00元'],
        ['开通极速放款卡', '¥88.00'],
      ],
      text: ['借款前支付，开通后优先审核、放款最快3分钟到账，有效期30天'],
    });
    expect(upfrontNamed(t)).toEqual(['极速放款卡|88.00']);
  });
});

describe('interest on unpaid interest', () => {
  it('names "计收复利" a charge of its own beside 罚息', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '80,000.00'],
        ['贷款期限', '24个月'],
        ['还款方式', '等额本息'],
        ['执行年利率', '6.60%'],
      ],
      text: ['逾期本金按日万分之五计收罚息；逾期利息按日万分之五计收复利。'],
    });
    expect(
      t.fees
        .filter((f) => f.when === 'overdue')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['复利', '罚息']);
  });
});

describe('a contract’s section heading', () => {
  it('names no fee of its own over the clause that names one', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5,000.00元'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
        ['还款方式', '到期一次性还本付息'],
        [
          '二、费用',
          '2.1 乙方同意向甲方支付平台服务费350.00元，作为甲方提供风险评估等服务的对价。',
        ],
      ],
      text: ['平台服务费于放款时从借款金额中直接扣除。'],
    });
    expect(upfrontNamed(t)).toEqual(['平台服务费|350.00']);
  });
});

describe('a total below what the rate gives', () => {
  it('is a disagreement, not a fee left unpriced: no rate is shown', () => {
    // 8,000 先息后本 at 1.5% a month gives 6 × 120 + 8,000 = 8,720; the page says 8,600 (a coupon).
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000.00'],
        ['期限', '6 个月'],
        ['还款方式', '先息后本'],
        ['月利率', '1.50%'],
        ['应还总额', '8,600.00'],
        ['用券前应还总额', '¥8,720.00'],
      ],
    });
    expect(t.reading?.doubt?.code).toBe('figures-disagree');
  });
});

describe('a total of the fees listed above it', () => {
  it('is no fee of its own, a field without a figure between them', () => {
    const t = readSpec({
      pairs: [
        ['待还本金', '1,500.00 元'],
        ['续期天数', '14 天'],
        ['服务费', '120.00 元'],
        ['续期费', '30.00 元'],
        ['支付方式', '支付宝'],
        ['总服务费', '150.00 元'],
      ],
      text: [
        '完成支付续期总服务费后，即可成功续期：还款日顺延14天至2026-06-26，届时一次性归还待还本金1,500.00元。',
      ],
    });
    expect(t.fees.map((f) => f.name)).not.toContain('总服务费');
  });
});

describe('an instalment’s zero rate', () => {
  it('reads "分期利率 0.00%" as each period’s, so no annual rate is shown to understate', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '18,000.00元'],
        ['分期期数', '18期'],
        ['分期利率', '0.00%'],
        ['分期手续费率', '每期0.65%'],
      ],
    });
    expect(kinds(t)).toContain('monthly|0');
    expect(kinds(t)).not.toContain('annual-simple|0');
  });
});
