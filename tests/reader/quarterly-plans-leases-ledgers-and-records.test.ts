/**
 * Rounds fifty-seven to fifty-nine's patterns: a farm loan's interest paid each quarter, counted
 * "第1次结息"; a loan detail that gives only the amount, the rate, the method and the total; fees
 * and deposits in lease and drawdown clauses; rent-to-own with its first rent paid at order;
 * friends' ledgers whose terms are a typed note; records that move each period from 待还 to 已还.
 * Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import {
  amountsOf as amounts,
  rawOf,
  readSpec,
  tableOf,
  upfrontNamed as upfront,
} from '../support/raw';

describe('a plan paid each quarter', () => {
  it('reads rows counted as times of settling interest, the last one 到期还本付息', () => {
    // 100,000 at 4.35 % a year, interest each quarter: 100,000 × 4.35 % ÷ 4 = 1,087.50, the
    // principal with the fourth.
    const t = readSpec({
      pairs: [
        ['批准金额', '¥100,000.00'],
        ['执行年利率', '4.35%'],
        ['还款方式', '按季付息、到期还本'],
        ['贷款期限', '12个月'],
      ],
      text: [
        '第1次结息 2026-06-20',
        '利息 1,087.50',
        '¥1,087.50',
        '第2次结息 2026-09-20',
        '利息 1,087.50',
        '¥1,087.50',
        '第3次结息 2026-12-20',
        '利息 1,087.50',
        '¥1,087.50',
        '到期还本付息 2027-03-20',
        '利息 1,087.50 + 本金 100,000.00',
        '¥101,087.50',
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual([
      '2026-06-20',
      '2026-09-20',
      '2026-12-20',
      '2027-03-20',
    ]);
    expect(amounts(t)).toEqual(['1087.50', '1087.50', '1087.50', '101087.50']);
  });

  it('does not take a fee the approval says is charged once as a monthly rate', () => {
    const t = readSpec({
      pairs: [
        ['批准金额', '¥100,000.00'],
        ['执行年利率', '4.35%'],
        ['还款方式', '按季付息、到期还本'],
        ['担保费（1%）', '¥1,000.00'],
      ],
      text: ['担保费按贷款金额的1%一次性收取，计1,000.00元，放款时从贷款资金中代扣。'],
    });
    expect(t.statedRates.filter((r) => r.kind === 'fee-rate-monthly')).toEqual([]);
  });
});

describe('a loan detail with the amount, the rate, the method and the total only', () => {
  it('takes the amount under the product’s name where the plan the rate gives makes the total', () => {
    // 50,000 at 0.6 % a month over 24: 50,000 × 0.006 / (1 − 1.006^−24) = 2,243.17; the last
    // clears the balance at 2,243.02, and 23 × 2,243.17 + 2,243.02 = 53,835.93, the page's total.
    const t = readSpec({
      lead: ['岚屿安薪贷', '￥50,000.00', '放款成功'],
      pairs: [
        ['借款期限', '24个月'],
        ['还款方式', '等额本息'],
        ['年化利率（单利）', '7.20%'],
        ['预计还款总额', '53,835.93元'],
      ],
    });
    expect(t.principal).toBe('50000.00');
    expect(amounts(t)[0]).toBe('2243.17');
    expect(amounts(t).at(-1)).toBe('2243.02');
  });

  it('reads no amount from a product name when the figures do not agree', () => {
    const t = readTerms(
      rawOf({
        lead: ['岚屿安薪贷', '￥50,000.00'],
        pairs: [
          ['借款期限', '24个月'],
          ['还款方式', '等额本息'],
          ['年化利率（单利）', '7.20%'],
          ['预计还款总额', '60,000.00元'],
        ],
      }),
    );
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('fees in clauses', () => {
  it('reads the fee after its rate, not the interest named between them', () => {
    // 3,000 for 28 days at 0.05 % a day: 42.00 interest; the 3 % platform fee is 90.00, paid at
    // the end: 3,000 + 42 + 90 = 3,132.00.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00'],
        ['借款周期', '28天'],
        ['还款金额', '3,132.00'],
      ],
      text: [
        '服务费 = 借款金额 ×（日利率0.05% × 借款天数 + 平台服务费率3%），本次含借款利息42.00元、平台服务费90.00元，到期与本金一并收取，还款方式为到期一次性还本付息。',
      ],
    });
    expect(t.fees.filter((f) => f.when === 'once').map((f) => f.amount)).toEqual(['90.00']);
    expect(amounts(t)).toEqual(['3132.00']);
  });

  it('sets a drawdown’s frozen deposit against what is repaid when the term ends', () => {
    // 500,000 for 90 days at 7.30 %: 9,000.00 interest; 50,000 frozen at payout and set against the
    // principal: 450,000 received, 509,000 − 50,000 = 459,000 repaid.
    const t = readSpec({
      pairs: [
        ['提款金额（元）', '500,000.00'],
        ['用款期限', '90天'],
        ['还款方式', '到期一次性还本付息'],
        ['年化利率（单利）', '7.30%'],
        ['冻结保证金（元）', '50,000.00'],
      ],
      text: ['保证金于放款时从提款金额中冻结，不计利息，到期日自动冲抵应还本金。'],
    });
    expect(t.received).toBe('450000.00');
    expect(amounts(t)).toEqual(['459000.00']);
  });

  it('reads a lease’s deposit on its basis, paid at signing and set against the last rent', () => {
    // 84,000 financed; 3,600 + 2,520 + 1,280 at signing: 76,600 received; the 24th rent, 3,814.31
    // (the last clears the balance), less the 3,600 deposit is 214.31.
    const t = readSpec({
      pairs: [
        ['贷款总额', '84000.00元'],
        ['月供', '3814.44元'],
        ['利率', '8.4 %'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '共24期租金，每期3814.44元。',
        '保证金按车价3%计3600.00元，与管理费2520.00元、GPS费1280.00元在签约时一并收取，不计入融资额；',
        '保证金不计息，于第24期作保证金冲抵3600.00元。',
      ],
    });
    expect(t.received).toBe('76600.00');
    expect(upfront(t)).toEqual(['GPS费|1280.00', '保证金|3600.00', '管理费|2520.00']);
    expect(amounts(t).at(-1)).toBe('214.31');
  });

  it('reads a quote sheet’s amount after the share of the price it is', () => {
    const t = readSpec({
      pairs: [
        ['月供', '3814.44元'],
        ['利率', '8.4 %'],
        ['贷款总额', '65.9%'],
      ],
      text: ['84000.00元', '共24期，等额本息'],
    });
    expect(t.principal).toBe('84000.00');
  });
});

describe('an interest-free shop instalment', () => {
  it('reads 12期免息 as instalments that repay the order’s amount alone', () => {
    // 299.00 × 12 = 3,588.00, the order's whole amount: nothing is charged for the credit.
    const t = readSpec({
      pairs: [['应付总额', '3588.00元']],
      text: ['已选：澄川分期 12期免息，每期还款 299.00元，手续费 0.00元。'],
      controls: [
        { kind: 'radio', checked: true, label: '299.00元 × 12期', locator: '#i12' },
        { kind: 'radio', checked: false, label: '598.00元 × 6期', locator: '#i6' },
      ],
    });
    expect(t.principal).toBe('3588.00');
    expect(amounts(t)).toEqual(Array<string>(12).fill('299.00'));
  });
});

describe('rent-to-own, the first rent paid with the order', () => {
  it('lends the price less the first rent, and takes a cover paid with it out of what is lent', () => {
    // 6,999 − 419 first rent = 6,580 lent; 碎屏险 99 paid with it (419 + 99 = 518 paid at order):
    // 6,481 received; 11 rents of 419 then the 3,299 buyout.
    const t = readSpec({
      text: [
        '澄星 X20 Pro 手机（以租代购）｜租期12个月｜签约价 ￥6,999.00',
        '首期实付金额 ￥518.00',
        '首期租金 ￥419.00',
        '碎屏险金额 ￥99.00',
        '剩余总租金 ￥419.00x11期',
        '到期买断金 提前买断享优惠 ￥3,299.00',
      ],
    });
    expect(t.principal).toBe('6580.00');
    expect(t.received).toBe('6481.00');
    expect(amounts(t)).toEqual([...Array<string>(11).fill('419.00'), '3299.00']);
  });

  it('finds a first month discounted to 1 yuan by the whole of the rents', () => {
    // 总租金 3,840 = 1 + 11 × 349: 4,299 − 1 = 4,298 lent, then 11 rents and the 899 buyout.
    const t = readSpec({
      text: [
        '澄影 Pad 11（以租代购）｜租期12个月｜官网价 ￥4,299.00',
        '总租金 ￥3840.00',
        '首月租金 -￥348.00 ￥1.00',
        '月租金 ￥349.00',
        '到期买断金 ￥899.00',
      ],
    });
    expect(t.principal).toBe('4298.00');
    expect(amounts(t)).toEqual([...Array<string>(11).fill('349.00'), '899.00']);
  });

  it('splits the whole of the rents into months, and adds the buyout to a bill list’s last rent', () => {
    // 5,508 ÷ 12 = 459.00 a month; the bill list holds the rents, the 899 buyout its own row.
    const bills = Array.from({ length: 12 }, (_, i) => [
      `${String(i + 1)}/12期`,
      '￥459.00',
      `${i < 11 ? '2026' : '2027'}-${String(i < 11 ? i + 2 : 1).padStart(2, '0')}-08`,
    ]);
    const t = readSpec({
      text: [
        '澄锋 Air 14 笔记本（租满可买断）｜租期12个月｜签约价 ￥5,499.00',
        '总租金： ￥5508.00',
        ...bills.map((r) => r.join(' ')),
        '买断金 待支付 ￥899.00',
        '￥463.13 共1期',
      ],
    });
    expect(t.principal).toBe('5499.00');
    expect(amounts(t)).toEqual([...Array<string>(11).fill('459.00'), '1358.00']);
  });
});

describe('rent-to-own, the buyout named once', () => {
  it('takes no deposit set against the buyout for a second buyout', () => {
    // 11 rents of 399, the last with the 1,000 buyout: 1,399.00.
    const t = readSpec({
      text: [
        '星空灰 8G+256G（官网售价 ¥4,999.00）',
        '月租金 ¥399/月',
        '租期12个月',
        '到期买断价:¥1000',
        '下单时已付押金¥500可抵扣买断款(押金抵扣¥500.00)',
      ],
    });
    expect(t.principal).toBe('4999.00');
    expect(amounts(t).at(-1)).toBe('1399.00');
  });
});

describe('a friends’ ledger', () => {
  it('reads the terms typed in a record’s note, in the words people use', () => {
    // 本金10000, 月息2分 (2 % a month), 6 months, 11,200 at the end: 10,000 × 2 % × 6 = 1,200.
    const t = readSpec({
      title: '借有谱',
      pairs: [
        ['总金额', '11200元'],
        ['事由', '资金周转。本金10000元，月息2分，借期6个月，到期连本带利11200元一次还清。'],
      ],
    });
    expect(t.principal).toBe('10000.00');
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.02']);
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(amounts(t)).toEqual(['11200.00']);
  });

  it('takes the one the borrower owes as a private lender', () => {
    const t = readSpec({
      lead: ['我欠 周敏'],
      pairs: [
        ['借款金额', '20000'],
        ['事由', '买车差款。年利率12%，借期12个月，到期一次性还本付息22400元'],
      ],
    });
    expect(t.termMonths).toBe(12);
    expect(t.lenderType).toBe('private');
    expect(t.lender.name).toBe('周敏');
  });

  it('reads the amount borrowed from a friend in a note that calls the friend 他', () => {
    // A chosen tab that holds the whole form keeps the rate its note states.
    const note =
      '2026-04-25向郑凯借5000元应急，借2个月，说好月息4分，两个月利息400元转账时当场先扣了，实际到手4600元，2026年6月25日前要还他5000元';
    const t = readSpec({
      title: '个人记账系统',
      text: ['朋友借贷管理', '交易类型 借入（我向朋友借）', note],
      controls: [
        { kind: 'radio', checked: false, label: '添加朋友', locator: '#t1' },
        {
          kind: 'radio',
          checked: true,
          label: `添加借贷记录 选择朋友 郑凯 交易类型 借入（我向朋友借） 金额 4600.00 交易说明 ${note}`,
          locator: '#t2',
        },
      ],
    });
    expect(t.principal).toBe('5000.00');
    expect(t.received).toBe('4600.00');
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.04']);
    expect(t.lenderType).toBe('private');
  });

  it('repays only the principal, once, when the whole term’s interest was taken first', () => {
    // 50,000 at 3 % a month for 3 months: 4,500 of interest taken on the spot, 45,500 received,
    // 50,000 repaid at the end.
    const t = readSpec({
      pairs: [
        ['借款金额', '50000'],
        [
          '事由',
          '周转做生意。2026-05-01借5万，月息3%，借3个月，3个月利息4500元当场先扣，实际转账45500元，2026-08-01前还50000元',
        ],
      ],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.received).toBe('45500.00');
    expect(amounts(t)).toEqual(['50000.00']);
    expect(upfront(t)).toEqual(['预扣利息|4500.00']);
  });
});

describe('plans written in unusual words', () => {
  it('reads 首期支付金额 and 剩余每期支付金额 of a card contract that bills the whole fee first', () => {
    // 4,800 in 6: 800.00 a period; the fee 4,800 × 0.60 % × 6 = 172.80 with the first: 972.80.
    const t = readSpec({
      pairs: [
        ['分期服务提供方', '汀澜银行信用卡中心'],
        ['商品金额', '4800.00元'],
        ['分期期数', '6期'],
        ['首期支付金额', '972.80元 （含手续费： 172.80元 ）'],
        ['剩余每期支付金额', '800.00元'],
      ],
      text: [
        '分期手续费：每期手续费率0.60%，按商品金额乘以每期手续费率再乘以分期期数计算，合计172.80元，在首期一次性收取，与首期本金一并记入首期账单；其余各期只收取本金。',
      ],
    });
    expect(amounts(t)).toEqual(['972.80', ...Array<string>(5).fill('800.00')]);
  });

  it('reads rows numbered 第一期, their parts side by side and their date after them', () => {
    // 10,000 in 2 at 0.8 % a month: 5,060.08 each (80.00 then 40.16 interest); a guarantee fee of
    // 0.5 % of the balance at each period's start: 50.00 on 10,000, 25.10 on 5,019.92.
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '10000.00'],
        ['借款期限', '2个月'],
        ['还款方式', '等额本息'],
        ['年利率', '9.60%'],
      ],
      text: [
        '第一期：5,110.08元',
        '含利息80.00元 担保费50.00',
        '最后还款日2026年4月15日',
        '第二期：5,085.18元',
        '含利息40.16元 担保费25.10',
        '最后还款日2026年5月15日',
      ],
    });
    expect(t.payments.map((p) => `${p.dueDate ?? '-'}:${p.amount}`)).toEqual([
      '2026-04-15:5110.08',
      '2026-05-15:5085.18',
    ]);
  });

  it('reads a record whose rows move from 待还本息 to 已还本息 once paid', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '￥20,000.00'],
        ['年利率', '6.00%'],
        ['期限', '3个月'],
        ['还款方式', '等额本息'],
      ],
      tables: [
        tableOf(
          ['编号', '还款日期', '已还本息', '待还本息', '状态'],
          [
            ['1', '2026-03-25', '￥6,733.44', '￥0.0', '已偿还'],
            ['2', '2026-04-25', '￥0.00', '￥6,733.44', '未偿还'],
            ['3', '2026-05-25', '￥0.00', '￥6,733.45', '未偿还'],
          ],
        ),
      ],
    });
    expect(amounts(t)).toEqual(['6733.44', '6733.44', '6733.45']);
  });

  it('adds the fee a settled record lists beside what was paid of principal and interest', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '￥10,000.00'],
        ['年利率', '14.40%'],
        ['期限', '2个月'],
        ['还款方式', '等额本息'],
      ],
      tables: [
        tableOf(
          ['还款日', '实际还款日', '已还金额', '借款管理费', '状态'],
          [
            ['2026-01-10', '2026-01-09', '￥5,090.18', '￥30.00', '提前还款'],
            ['2026-02-10', '2026-02-10', '￥5,090.18', '￥30.00', '准时还款'],
          ],
        ),
      ],
    });
    // 10,000 in 2 at 1.2 % a month: 5,090.18 of principal and interest, and the 30.00 fee beside.
    expect(amounts(t)).toEqual(['5120.18', '5120.18']);
  });

  it('does not read a bill list’s generated date and drawdown count as a plan row', () => {
    // One drawdown: 200,000 lent 2026-03-02, 202,400 due 2026-05-01 (60 days at 7.30 %).
    const t = readSpec({
      pairs: [
        ['贷款利率', '年利率7.30%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      tables: [
        tableOf(
          ['序号', '账单编号', '生成日期', '提款笔数', '账单金额（元）', '还款日期', '状态'],
          [
            ['1', 'ZD0012', '2026-03-05', '1', '151,480.00', '2026-04-05', '已结清'],
            ['2', 'ZD0009', '2026-03-02', '1', '202,400.00', '2026-05-01', '已逾期'],
          ],
        ),
      ],
      text: ['提款金额 200,000.00', '放款时间 2026-03-02', '本笔提款用款60天'],
    });
    expect(t.payments.every((p) => p.amount !== '1.00')).toBe(true);
  });
});

describe('a lender’s back office', () => {
  it('dates each row by its 应还款日期, not the day paid, the grace day or the loan’s end', () => {
    const rows = [1, 2, 3].map((k) => [
      `${String(k)}/3`,
      k === 1 ? '已还' : '未还',
      '2026-03-10',
      '2026-06-10',
      `2026-0${String(k + 3)}-10`,
      `2026-0${String(k + 3)}-13`,
      k === 1 ? '2026-04-09' : '',
      k === 3 ? '3,000.02' : '3,000.00',
    ]);
    const t = readSpec({
      pairs: [
        ['贷款金额', '9,000.00'],
        ['还款方式', '等额本息'],
        ['借款期限', '3期'],
      ],
      tables: [
        tableOf(
          [
            '还款期数',
            '还款状态',
            '发放日期',
            '到期日期',
            '应还款日期',
            '最大还款日期',
            '还款日期',
            '应还款合计',
          ],
          rows,
        ),
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-04-10', '2026-05-10', '2026-06-10']);
  });

  it('takes an overdue row’s instalment without what the late payment added', () => {
    // Six rows of 1,000.00; the overdue third shows 1,000.00 + 罚息, 违约金 and 拖车费 = 3,450.00.
    const t = readSpec({
      pairs: [
        ['贷款金额', '5,800.00'],
        ['还款方式', '等额本息'],
      ],
      tables: [
        tableOf(
          ['还款期数', '还款状态', '应还款日期', '应还款额合计'],
          [1, 2, 3, 4, 5, 6].map((k) => [
            `${String(k)}/6`,
            k < 3 ? '已还' : k === 3 ? '逾期' : '未还',
            `2026-0${String(k)}-12`,
            k === 3 ? '3,450.00' : '1,000.00',
          ]),
        ),
      ],
    });
    expect(amounts(t)).toEqual(Array<string>(6).fill('1000.00'));
  });
});

describe('pages that offer no loan', () => {
  it('leaves a dealer’s worked example alone, under a label that calls it one', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          [
            '分期举例（仅供参考）',
            '成交价约14.3万元的二手车，首付30%，分期金额100,000.00元，选择三年（36期），分期手续费率12%，手续费共12,000.00元，每期还款约3,111.11元。',
          ],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('leaves a marketing page’s worked example alone when only its title says 我要贷款', () => {
    const t = readTerms(
      rawOf({
        title: '云岚分期--我要贷款',
        lead: ['我要贷款', '年化利率（单利）7.2%起'],
        text: [
          '举例：借款10,000元分12期、按年化利率（单利）7.2%等额本息计算，每期还款866.19元，总利息394.28元。实际以您的借款合同为准。',
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('leaves a blank agreement template with empty fields alone', () => {
    const t = readTerms(
      rawOf({
        title: '借款协议（模板预览）',
        pairs: [
          ['模板预览', '以下为协议范本，借款信息将在双方确认借款后自动生成'],
          ['借款期限', '自'],
          ['撮合费', '人民币(大写：'],
          ['利息', '￥元'],
          ['管理费', '￥元'],
          ['，共计', '天。'],
          ['本次借款甲乙双方共应向丙方支付撮合服务费', '20元，双方各付10元。'],
        ],
        text: [
          '1.3.1一次性还款',
          '1.3.2先付清利息及管理费，自付清之日起借款期限顺延30天；此方式累计不得超过六次，第六次时须一并归还本金。',
          '6.1.1自应还款日起，每日按当天应还金额的1%收取逾期违约金，违约金累计不超过借款本金。',
        ],
      }),
    );
    expect(t).toBeNull();
  });
});
