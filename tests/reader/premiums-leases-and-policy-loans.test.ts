/**
 * Rounds forty-eight and forty-nine's patterns: a car-insurance premium paid in instalments and a
 * year's rent advanced by a lender (租金贷), whose pages state the amount lent only as what the
 * plan repays; a policy loan beside the policy's premium; car loans with a balloon and finance
 * leases with a deposit set against the last rent. Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const sum = (xs: string[]): string =>
  (xs.reduce((s, x) => s + Math.round(Number(x) * 100), 0) / 100).toFixed(2);

describe('a plan in a list of rows, each row its date, amount and parts in cells of their own', () => {
  it('reads each row’s date, its amount and the fee in it', () => {
    // 6,800 premium in 12: 566.67 × 11 + 566.63 = 6,800.00, plus 6,800 × 0.8% = 54.40 a month.
    const row = (k: number, due: string, p: string): string[] => [
      `第${String(k)}/12期`,
      `${due} 应还 ${sum([p, '54.40'])}元`,
      `本金${p} + 分期服务费54.40`,
    ];
    const rows = Array.from({ length: 12 }, (_, i) =>
      row(i + 1, `2027-${String(i + 1).padStart(2, '0')}-20`, i === 11 ? '566.63' : '566.67'),
    );
    const t = readSpec({
      pairs: [
        ['分期期数:', '12期'],
        ['每期应还:', '621.07元（末期621.03元）'],
        ['还款总额:', '7452.80元'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(t.payments[0]).toMatchObject({ dueDate: '2027-01-20', amount: '621.07' });
    expect(t.payments[11]?.amount).toBe('621.03');
    expect(sum(t.payments.map((p) => p.amount))).toBe('7452.80');
    expect(t.principal).toBe('6800.00');
  });
});

describe('a plan whose total and interest are stated, but not the amount lent', () => {
  it('takes the total less the interest as lent, where the rows add up to the total', () => {
    // 10 × 480.00 = 4,800.00 = 分期还款总额; 分期利息 0.00: 4,800.00 lent.
    const rows = Array.from({ length: 10 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 3).padStart(2, '0')}-10`,
      '480.00',
    ]);
    const t = readSpec({
      pairs: [
        ['分期期数:', '10期'],
        ['分期利息:', '0.00元'],
        ['分期还款总额:', '4800.00元'],
      ],
      tables: [tableOf(['期数', '还款日', '应还金额'], rows)],
    });
    expect(t.principal).toBe('4800.00');
  });

  it('does not when the rows add up to something else', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 3).padStart(2, '0')}-10`,
      '490.00',
    ]);
    const t = readTerms(
      rawOf({
        pairs: [
          ['分期期数:', '10期'],
          ['分期利息:', '0.00元'],
          ['分期还款总额:', '4800.00元'],
        ],
        tables: [tableOf(['期数', '还款日', '应还金额'], rows)],
      }),
    );
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('a year’s rent advanced to the landlord and repaid monthly with a service fee', () => {
  const rows = Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    `2026-${String(i + 1).padStart(2, '0')}-01`,
    '3,000.00',
    '180.00',
    '3,180.00',
  ]);
  const page = {
    pairs: [['丁方（租金服务方）：', '栖岸小额贷款有限公司']] as [string, string][],
    text: [
      '起租日由丁方向甲方一次性支付12个月租金36,000.00元，甲方收到后即视为乙方已付清全年租金。',
      '（二）月付服务费：乙方每期另向丁方支付月付服务费，即每期180.00元，每期合计3,180.00元，12期合计应还38,160.00元。',
    ],
    tables: [
      tableOf(
        ['期数', '还款日', '应还租金', '月付服务费', '合计'],
        // The sums row, one cell short as the page draws it.
        [...rows, ['合计', '36,000.00', '2,160.00', '38,160.00']],
      ),
    ],
  };

  it('reads the rent as the principal each period repays, the plan’s total as the instalment', () => {
    // 12 × 3,000.00 = 36,000.00 lent; 12 × 3,180.00 = 38,160.00 repaid.
    const t = readSpec(page);
    expect(t.principal).toBe('36000.00');
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.amount).toBe('3180.00');
    expect(sum(t.payments.map((p) => p.amount))).toBe('38160.00');
  });

  it('does not take the lender’s payment to the landlord as what the borrower repays', () => {
    const t = readSpec(page);
    expect(t.reading?.doubt ?? null).toBeNull();
  });

  it('names the fee without the clause’s number or its first character', () => {
    const t = readSpec(page);
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.name)).toEqual(['月付服务费']);
  });
});

describe('a policy loan on the policy’s page', () => {
  const page = {
    pairs: [
      ['应缴保费：', '12000.00 元'],
      ['当前现金价值：', '56,800.00元'],
      ['借款金额：', '20,000.00元'],
      ['借款期限：', '180天'],
      ['借款年利率：', '5.00%'],
      ['还款方式：', '到期一次性还本付息'],
      ['到期应还本息：', '20,493.15元'],
      ['承保公司：', '禾屿人寿保险股份有限公司'],
    ] as [string, string][],
    text: ['可随时提前还款，利息按实际借款天数计算，不收取其他费用。'],
  };

  it('takes the policy’s premium for no charge of the loan', () => {
    // 20,000 × 5% × 180 / 365 = 493.15: the one repayment is principal and interest alone.
    const t = readSpec(page);
    expect(t.fees.filter((f) => f.when !== 'overdue')).toEqual([]);
    expect(t.received).toBe('20000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['20493.15']);
  });

  it('places no fee by guess where the page says the loan costs nothing else', () => {
    // Without the cash value, 服务费 600.00 would be guessed as paid at payout (principal and
    // interest make the one repayment); the page says no other fee is charged.
    const t = readSpec({
      pairs: [...page.pairs.filter(([k]) => !/现金价值|保费/.test(k)), ['服务费：', '600.00元']],
      text: page.text,
    });
    expect(t.received).toBe('20000.00');
  });
});

describe('a premium in instalments whose service fee is paid today with the order', () => {
  it('reads the fee as paid before the money moves', () => {
    // 12 × 800 = 9,600 at 0%; 336.00 paid today: 9,264.00 received.
    const t = readSpec({
      pairs: [
        ['分期机构', '岚澄商业保理有限公司'],
        ['分期金额', '9,600.00元（由分期机构向保险公司一次性垫付首年保费）'],
        ['分期期数', '12期'],
        ['每期应还', '800.00元'],
        ['分期年利率', '0.00%'],
        ['分期服务费', '336.00元（首年保费的3.5%，今日随订单一次性支付）'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['分期服务费', '336.00'],
    ]);
    expect(t.received).toBe('9264.00');
    expect(t.lender.name).toBe('岚澄商业保理有限公司');
  });
});

describe('a car loan whose last instalment carries a balloon', () => {
  it('takes the stated last instalment, the regular one plus the balloon', () => {
    // 35 × 5,125.44 + 115,525.26 = 294,915.66 = 总还款额; 115,525.26 − 110,400 = 5,125.26.
    const t = readSpec({
      pairs: [
        ['贷款金额', '¥257,600'],
        ['分期期数', '36期'],
        ['月供金额', '¥5,125.44/月'],
        ['尾款金额', '¥110,400 （车价的30%，第36期随月供一并支付）'],
        ['第36期应还', '¥115,525.26 （月供¥5,125.26 + 尾款¥110,400）'],
        ['还款方式', '等额本息+尾款'],
        ['贷款利率', '年利率6.60%'],
        ['放款机构', '澄川汽车金融有限公司'],
        ['总还款额', '¥294,915.66'],
      ],
    });
    expect(t.payments).toHaveLength(36);
    expect(t.payments[35]?.amount).toBe('115525.26');
    expect(sum(t.payments.map((p) => p.amount))).toBe('294915.66');
    expect(t.reading?.doubt ?? null).toBeNull();
    expect(t.lenderType).toBe('consumer-finance');
  });
});

describe('a finance lease with a deposit and a fee paid at signing', () => {
  it('reads the term, the rent, the fees under their heading and the last rent less the deposit', () => {
    // 200,000 financed; 5,000 deposit and 6,000 fee at signing: 189,000 received. 35 × 6,193.72,
    // then 6,193.88 − 5,000 = 1,193.88.
    const t = readSpec({
      pairs: [
        ['融资金额', '¥200,000.00'],
        ['租期', '36期'],
        ['租金计算方式', '等额本息'],
        ['月租金', '¥6,193.72'],
        ['第36期租金', '¥6,193.88，保证金冲抵 ¥5,000.00 后实付 ¥1,193.88'],
        ['年化租息', '7.20%'],
        ['签约当日需支付', '（不计入融资金额）：'],
        ['履约保证金', '¥5,000.00（融资金额的2.5%，不计息，租期届满无违约冲抵第36期租金）'],
        ['手续费', '¥6,000.00（融资金额的3%，一次性收取，不予退还）'],
      ],
      text: ['履约保证金不计息，租期届满无违约冲抵第36期租金。'],
    });
    expect(t.termMonths).toBe(36);
    expect(t.received).toBe('189000.00');
    expect(t.payments[0]?.amount).toBe('6193.72');
    expect(t.payments[35]?.amount).toBe('1193.88');
  });
});

describe('who lends, and when the contract was signed', () => {
  it('cuts where an application was sent from the bank’s name', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '600,000.00元'],
        ['借款期限', '60个月'],
        ['年利率', '5.40%'],
      ],
      text: ['资料齐全，按借款需求推送鹭江农村商业银行审批。'],
    });
    expect(t.lender.name).toBe('鹭江农村商业银行');
  });

  it('reads 合同签署日 as the day the contract was signed', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '10.80%'],
        ['合同签署日', '2026-03-17'],
        ['放款日期', '2026-03-18'],
      ],
    });
    expect(t.contractDate).toBe('2026-03-17');
  });
});

describe('rates a home-improvement or home-equity page states beside the loan’s own', () => {
  it('reads 综合利率 per year as the comprehensive annual rate', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额(元)', '300,000.00'],
        ['贷款期限', '24个月'],
        ['贷款利率', '0.65%/月'],
        ['还款方式', '等额本息'],
        ['综合利率', '7.80%/年'],
      ],
    });
    expect(t.statedRates.find((r) => r.value === '0.078')?.kind).toBe('comprehensive-annual');
  });

  it('keeps the rates of an example, a market floor and other terms apart from the loan’s', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '48,000.00元'],
        ['分期期数', '24期'],
        ['每期手续费率：', '0.45% （按分期金额计收，0利息）'],
        ['月费率一般', '在0.8%以上'],
      ],
      text: [
        '月供低至为60期、月费率0.5%时的示例；实际月费率以审批结果为准。',
        '12期每期手续费率0.40%、36期每期手续费率0.50%，以签约时为准。',
      ],
    });
    const own = t.statedRates.filter((r) => r.context === undefined).map((r) => r.value);
    expect(own).toEqual(['0.0045']);
  });

  it('takes the last 月供 a sentence states after the last principal part', () => {
    // 100,000 in 36: 2,777.78 principal + 600.00 fee a month; 35 × 2,777.78 + 2,777.70 = 100,000.
    const t = readSpec({
      pairs: [
        ['贷款金额', '100,000.00元'],
        ['分期期数', '36期'],
        ['月供', '3,377.78元'],
      ],
      text: [
        '100,000.00元，分36期；每月归还本金2,777.78元（末期2,777.70元），另按贷款本金的0.60%每月收取账户管理费600.00元，不另计利息；末期月供3,377.70元。',
      ],
    });
    expect(t.payments[35]?.amount).toBe('3377.70');
    expect(t.payments[0]?.amount).toBe('3377.78');
  });
});

describe('a business loan whose monthly fee is stated only as a rate', () => {
  const pairs: [string, string][] = [
    ['申请金额', '￥50,000.00'],
    ['借款期限', '12期'],
    ['还款方式', '等额本息'],
    ['年化利率', '7.2%'],
    ['管理费率', '0.50%/月'],
  ];

  it('adds the fee on the amount lent to each derived instalment', () => {
    // 50,000 at 0.6% a month in 12: 4,330.95; 50,000 × 0.5% = 250.00 on each: 4,580.95.
    const t = readSpec({ pairs });
    expect(t.payments[0]?.amount).toBe('4580.95');
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['管理费', '250.00'],
    ]);
  });

  it('leaves a fee the page lists with its amount to that amount', () => {
    const t = readSpec({ pairs: [...pairs, ['管理费', '每月200.00元']] });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['200.00']);
  });
});

describe('a shop order paid in instalments', () => {
  it('reads the plan written as periods times the instalment, and the fee paid with the down payment', () => {
    // 3,180.00 − 636.00 = 2,544.00 financed = 6 × 424.00; 76.32 paid with the down payment.
    const t = readSpec({
      pairs: [
        ['合计金额：', '3180.00'],
        ['付款方案：', '首付20% 6 期 X 424.00元/月'],
        ['首付金额：', '636.00'],
        ['分期服务费：', '76.32（一次性，随首付支付）'],
      ],
      text: ['6期免息分期，分期资金由鹿鸣消费金融有限公司提供，每月2日自动从绑定储蓄卡扣款'],
    });
    expect(t.principal).toBe('2544.00');
    expect(t.termMonths).toBe(6);
    expect(t.payments.map((p) => p.amount)).toEqual(Array(6).fill('424.00'));
    expect(t.received).toBe('2467.68');
    expect(t.lender.name).toBe('鹿鸣消费金融有限公司');
  });

  it('reads a term chosen under 分期选择', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '4,310.40元'],
        ['分期选择', '12期'],
        ['月利率', '0.5%'],
      ],
    });
    expect(t.termMonths).toBe(12);
  });
});

describe('a plan of cards whose dates a template misprints', () => {
  it('reads "2026月06月15日" as 2026-06-15', () => {
    const card = (d: string, p: string, i: string): string[] => [
      '应还款',
      d,
      `￥${(Number(p) + Number(i)).toFixed(2)}`,
      '本金',
      p,
      '利息',
      i,
    ];
    const t = readSpec({
      pairs: [
        ['申请金额', '￥2,000.00'],
        ['借款期限', '2期'],
      ],
      text: [
        ...card('2026月06月15日', '990.00', '20.00'),
        ...card('2026月07月15日', '1010.00', '10.00'),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-06-15', '1010.00'],
      ['2026-07-15', '1020.00'],
    ]);
  });
});

describe('pages a monthly fee rate or an add-on must not turn into a loan’s charge', () => {
  it('leaves a pawn’s monthly fee rates to the pawn’s own reading', () => {
    const t = readSpec({
      pairs: [
        ['典当金额', '30,000.00元'],
        ['典当期限', '2个月'],
        ['月利率', '1.0%'],
        ['综合费率', '2.2%/月'],
        ['服务费率', '1.2%/月'],
      ],
      text: ['当金到期一次性赎当，综合费用于赎当时一并支付。'],
    });
    expect(t.fees.filter((f) => f.rateBasis === 'original-principal')).toEqual([]);
  });

  it('takes no chosen add-on’s price for an amount lent', () => {
    const addOn = (label: string) => ({
      kind: 'radio' as const,
      checked: true,
      label,
      locator: `#opt-${label}`,
    });
    const t = readTerms(
      rawOf({
        controls: [addOn('户外桌椅套装 +¥60/次 详情'), addOn('全面保障 +¥150/天 车损无需承担')],
        pairs: [
          ['租期', '5天'],
          ['价格明细', '租金(5天 × ¥880)'],
          ['合计', '¥5010'],
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a lessor’s cash-flow list of a car lease', () => {
  it('reads each period’s net flow as what the lessee pays, the fees in it named once', () => {
    // 3 periods: rent 1,000.00 + 管理服务费 50.00; the last adds 留购价款 100.00 and hands the
    // 500.00 deposit back: 1,050.00, 1,050.00, 650.00.
    const row = (k: number, rent: string, inflow: string, out: string, net: string): string[] => [
      String(k),
      `2026-0${String(k + 5)}-08`,
      inflow,
      `租金${rent}；管理服务费50.00${k === 3 ? '；留购价款100.00' : ''}`,
      out,
      k === 3 ? '保证金退还 -500.00' : '',
      net,
    ];
    const t = readSpec({
      pairs: [
        ['租赁本金', '3,000.00'],
        ['租赁期限(月)', '3个月'],
        ['管理服务费', '50.00 /期'],
      ],
      tables: [
        tableOf(
          ['期项', '日期', '流入量', '流入量清单', '流出量', '流出量清单', '净流量'],
          [
            [
              '0',
              '2026-05-08',
              '500.00',
              '租赁保证金500.00',
              '3,000.00',
              '设备款3,000.00',
              '-2,500.00',
            ],
            row(1, '1,000.00', '1,050.00', '0.00', '1,050.00'),
            row(2, '1,000.00', '1,050.00', '0.00', '1,050.00'),
            row(3, '1,000.00', '1,150.00', '500.00', '650.00'),
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1050.00', '1050.00', '650.00']);
  });
});

describe('fees a lease finances with the car', () => {
  it('takes a fee 计入融资额 as lent and never received', () => {
    // 融资额 110,000 includes GPS费 2,000 and 服务费 8,000: 100,000 arrives.
    const t = readSpec({
      pairs: [
        ['GPS费（计入融资额）', '2,000.00元'],
        ['服务费（计入融资额）', '8,000.00元'],
        ['融资额', '110,000.00元'],
        ['租期', '36期（月）'],
        ['月租金', '3,990.56元'],
      ],
    });
    expect(t.received).toBe('100000.00');
  });
});

describe('round fifty-one: car loans and leases in a dealer’s files, premium plans, add-ons', () => {
  it('reads a plan written in the sale’s name, labels glued to their figures', () => {
    // 83,860 in 36 at 2,494.58, the last 2,494.46: a bank's car loan, no rate stated.
    const t = readSpec({
      pairs: [
        [
          '销售车型/方案：',
          '启辰星 2026款 1.5T CVT 智享版【岚汀银行按揭】首付35940元 贷款83860元 月供2494.58元 36期',
        ],
        ['金融平台：', '岚汀银行股份有限公司'],
        ['合同总价(元)：', '119800.00'],
        ['首期款(元)：', '35940.00'],
        ['末期租金(元)：', '2494.46'],
      ],
    });
    expect(t.principal).toBe('83860.00');
    expect(t.payments).toHaveLength(36);
    expect(t.payments[0]?.amount).toBe('2494.58');
    expect(t.lender.name).toBe('岚汀银行股份有限公司');
  });

  it('sets a deposit the page lists without a time against the last rent', () => {
    // 融资 54,400, 36 × 1,806.86; 保证金 1,500 paid at signing, set against the last rent.
    const t = readSpec({
      pairs: [
        [
          '销售车型/方案：',
          '哈弗H6（二手）以租代购：首付13600元，融资54400元，月租1806.86元×36期，保证金1500元，保证金抵末期租金',
        ],
        ['保证金(元)：', '1500.00'],
      ],
    });
    expect(t.principal).toBe('54400.00');
    expect(t.received).toBe('52900.00');
    expect(t.payments[35]?.amount).toBe('306.86');
  });

  it('adds a stated balloon to the last instalment when no last one is stated', () => {
    // 36 × 3,387.79, then 3,387.79 + 尾款 45,700.00.
    const t = readSpec({
      pairs: [
        ['融资额（计息）', '146240.00'],
        ['融资期限(月)', '36'],
        ['尾款金额', '45700.00'],
        ['客户利率(%)', '7.2'],
        ['月供', '3387.79'],
      ],
    });
    expect(t.payments[35]?.amount).toBe('49087.79');
  });

  it('reads a fee the plan’s name says is paid with the down payment', () => {
    const t = readSpec({
      pairs: [
        ['产品方案', '直租36期（手续费首付时一次性收取）'],
        ['融资额', '98720.00'],
        ['融资期限(月)', '36'],
        ['手续费(元)', '2960.00'],
        ['客户利率(%)', '6'],
      ],
    });
    expect(t.received).toBe('95760.00');
  });

  it('reads 分期保费 as the amount lent', () => {
    const t = readSpec({
      pairs: [
        ['分期保费', '12000.00 元（10期）'],
        ['分期期数', '10期'],
        ['每期应还', '1272.00'],
      ],
    });
    expect(t.principal).toBe('12000.00');
  });

  it('names a ticked add-on by its item, not its whole label', () => {
    const t = readSpec({
      controls: [
        {
          kind: 'checkbox',
          checked: true,
          label: '勾选并开通极速借款会员（会员费¥99.00，放款时从借款中扣除）',
          locator: '#vip',
        },
      ],
      pairs: [
        ['借款金额', '2,000.00元'],
        ['借款期限', '14天'],
        ['到期应还', '2,014.00元'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.name)).toEqual(['极速借款会员']);
  });
});

describe('a lease’s monthly rate and its buyout', () => {
  const pairs: [string, string][] = [
    ['租赁本金', '3,000.00元'],
    ['租期', '3期'],
    ['月租', '¥1,050.00'],
    ['综合月租使用费率', '0.58%'],
  ];

  it('reads a 综合…月… rate as a month’s', () => {
    const t = readSpec({ pairs });
    expect(t.statedRates.find((r) => r.value === '0.0058')?.kind).toBe('monthly');
  });

  it('adds a 留购价 or a 尾付款 paid with the last rent to it', () => {
    for (const label of ['留购价', '尾付款']) {
      const t = readSpec({ pairs: [...pairs, [label, '¥100.00（随第3期租金支付）']] });
      expect(t.payments.map((p) => p.amount)).toEqual(['1050.00', '1050.00', '1150.00']);
    }
  });
});

describe('round fifty-two: a card fee paid apart, a struck-through rate', () => {
  it('takes a fee paid from the borrower’s card before the payout off what the loan brings in', () => {
    // 2,000 arrives whole; 199.00 was paid from the card before it: 1,801.00 net.
    const t = readSpec({
      pairs: [
        ['借款金额', '2000.00元'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['实际到账', '2000.00元'],
      ],
      controls: [
        {
          kind: 'checkbox',
          checked: true,
          label: '开通极速放款卡 ¥199.00 ：卡费在放款前从您的收款银行卡一次性扣取，不从借款中扣除',
          locator: '#card',
        },
      ],
    });
    expect(t.received).toBe('1801.00');
  });

  it('keeps a struck-through 原 rate beside a promotion apart from the loan’s', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '2,997.00元'],
        ['分期期数', '3期'],
        ['原每期手续费率', '0.75%'],
        ['每期应还', '999.00元'],
      ],
    });
    expect(t.statedRates.find((r) => r.value === '0.0075')?.context).toBe('other-option');
  });
});
