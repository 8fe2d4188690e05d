/**
 * Rounds sixty-one to sixty-five's patterns: a card plan that states its fee and the IRR it costs
 * and nothing else; fees and interest listed under a contract's deduction clause; a debt tracker's
 * headerless plan rows; car-finance chips and sums paid at pickup; contract blanks in square
 * brackets; the platform a card or a clause names; articles, settlement quotes and salary advances;
 * phone-shop checkouts; negotiation pages and back offices; canvas-drawn apply pages and a loan
 * aggregator's product detail; IOU ledgers, pawn tickets and printed loan slips. Each expected
 * figure is worked by hand beside it, not with lib/finance.
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

describe('a card plan that states its fee per period and the IRR it costs', () => {
  const page = (irr: string) => ({
    pairs: [
      ['商品金额', '9600.00元'],
      ['每期手续费', '62.40元'],
      ['年化利率（IRR）', irr],
      ['分期期数', '12期'],
    ] as [string, string][],
  });

  it('repays the amount in equal parts with the fee on each, where that plan costs the IRR stated', () => {
    // 9,600 ÷ 12 = 800.00, + 62.40 = 862.40 a period. Its IRR: 862.40 × a(12, r) = 9,600 at
    // r ≈ 1.1749 % a month, × 12 = 14.10 %, the page's own figure.
    const t = readSpec(page('14.10%'));
    expect(t.repaymentMethod).toBe('等本等息');
    expect(amounts(t)).toEqual(Array.from({ length: 12 }, () => '862.40'));
  });

  it('builds no plan where the IRR stated is not what the fee alone costs', () => {
    // At 20 % the page's loan bears something the fee does not account for: no plan is guessed.
    const t = readTerms(rawOf(page('20.00%')));
    expect(t?.payments ?? []).toEqual([]);
  });
});

describe('fees listed under a contract’s deduction clause', () => {
  it('takes each item, the interest among them, and leaves the principal to repay', () => {
    // 5,000 − 10 − 100 − 150 = 4,740 arrives; the 30-day loan repays 5,000.
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00元'],
        ['借款期限', '30天'],
        ['还款方式', '到期一次性还本付息'],
      ],
      text: [
        '本次借款甲乙双方共应向丙方支付撮合服务费 20元，双方各付10元。',
        '1.6乙方本次借款产生的各项费用，于放款日当天一次性扣除，按实际借款天数计算，应付丙方及甲方的费用如下：',
        '撮合费：人民币(大写：',
        '拾',
        ')元整，(小写：',
        '10',
        ')元整。',
        '利息：￥100.00元',
        '管理费：￥150.00元',
        '1.7乙方的收支账户须为本人名下合法有效的银行账户。',
      ],
    });
    expect(upfront(t)).toEqual(['利息|100.00', '撮合费|10.00', '管理费|150.00']);
    expect(t.received).toBe('4740.00');
    expect(amounts(t)).toEqual(['5000.00']);
  });

  it('reads a fee named after its bracketed figure, and the amount that arrives', () => {
    // A platform contract's blanks in square brackets: 50,000 − 2,500 = 47,500.
    const t = readSpec({
      pairs: [
        ['借款本金', '50,000.00元'],
        ['借款期限', '36个月'],
        ['年利率', '9.60%'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '6.2借款人同意在借款成功时向居间服务人支付人民币[2,500.00]元作为居间服务费,此笔费用由居间服务人在借款成功时从借款本金中直接扣除,借款人实际到账金额为人民币[47,500.00]元。',
      ],
    });
    expect(upfront(t)).toEqual(['居间服务费|2500.00']);
    expect(t.received).toBe('47500.00');
  });
});

describe('a debt tracker’s plan whose header is apart from its rows', () => {
  // 30,000 at 10.8 % over 24, 等额本息: 1,395.45 a month; row 1 is 1,125.45 of principal and
  // 270.00 of interest (30,000 × 0.9 %), 28,874.55 left.
  const rows = [
    ['1', '2026-01', '15日', '1,125.45', '270.00', '1,395.45', '28,874.55'],
    ['2', '2026-02', '15日', '1,135.58', '259.87', '1,395.45', '27,738.97'],
    ['3', '2026-03', '15日', '1,145.80', '249.65', '1,395.45', '26,593.17'],
  ];

  it('takes the amount the others in its row add up to, not the first or the balance', () => {
    const t = readSpec({
      lead: ['澄源消费金融', '还款中'],
      pairs: [
        ['借款总额', '¥30,000.00'],
        ['月供(本金+利息)', '¥1,395.45'],
        ['年化利率', '10.8%'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(amounts(t).slice(0, 3)).toEqual(['1395.45', '1395.45', '1395.45']);
  });

  it('does not add a fee again to a plan whose total already holds it', () => {
    // 20,000 at 9.6 % over 12: 1,754.60 of 本息, + 会员费 39.00 + 担保费 120.00 = 1,913.60.
    // (Each row's own split of principal and interest does not matter to its total.)
    const plan = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 1).padStart(2, '0')}`,
      '25日',
      '1,594.60',
      '160.00',
      '39.00',
      '120.00',
      '1,913.60',
      '18,405.40',
    ]);
    const t = readSpec({
      pairs: [
        ['借款总额', '¥20,000.00'],
        ['月供(本金+利息)', '¥1,754.60'],
        ['年化利率', '9.6%'],
        ['会员费', '¥39.00/期'],
        ['剩余期数/总期数', '12 / 12 期'],
      ],
      tables: [tableOf([], plan)],
    });
    expect(amounts(t).slice(0, 2)).toEqual(['1913.60', '1913.60']);
  });
});

describe('who lends, as a tracker, a bill or an advance says it', () => {
  it('reads a short consumer-finance name after 借款机构 in running text', () => {
    const t = readSpec({
      pairs: [
        ['借款总额', '¥30,000.00'],
        ['年化利率', '10.8%'],
        ['期限', '24期'],
      ],
      text: ['记录说明：借款机构 澄源消费金融，合同约定按月等额还本付息（等额本息）。'],
    });
    expect(t.lender.name).toBe('澄源消费金融');
    expect(t.lenderType).toBe('consumer-finance');
  });

  it('takes the name a loan card shows beside the loan’s state', () => {
    const t = readSpec({
      lead: ['速借花', '还款中'],
      pairs: [
        ['借款总额', '¥10,000.00'],
        ['年化利率', '14.4%'],
        ['期限', '12期'],
      ],
    });
    expect(t.lender.name).toBe('速借花');
    expect(t.lenderType).toBe('platform-unspecified');
  });

  it('takes the platform a clause says matched the loan, or the company that provides it', () => {
    const base = {
      pairs: [
        ['借款金额', '1000.00'],
        ['借款期限', '14天'],
      ] as [string, string][],
    };
    expect(
      readSpec({ ...base, text: ['借款由闪米钱包撮合，资金方为合作持牌机构。'] }).lender.name,
    ).toBe('闪米钱包');
    expect(
      readSpec({ ...base, text: ['澜川人力资源服务有限公司 提供员工预支服务'] }).lender.name,
    ).toBe('澜川人力资源服务有限公司');
  });
});

describe('car finance as a dealer’s page shows it', () => {
  it('follows the chosen chips: instalments over paying in full, the term with its gloss', () => {
    // 86,800 over 24 at nothing: 3,616.67 a month.
    const chip = (label: string, checked: boolean) => ({
      kind: 'radio' as const,
      checked,
      label,
      locator: `body > div.item:nth-of-type(${label.length})`,
    });
    const t = readSpec({
      pairs: [
        ['购买方式', '全款购车'],
        ['分期期数', '12期（0息）'],
        ['贷款金额', '￥86,800.00'],
        ['分期年利率', '0.00% （厂家全额贴息）'],
        ['月供', '￥3,616.67 /月'],
      ],
      controls: [
        chip('全款购车', false),
        chip('分期购车（0息）', true),
        chip('12期（0息）', false),
        chip('24期（0息）', true),
      ],
    });
    expect(t.termMonths).toBe(24);
  });

  it('takes the fee out of a sum paid at pickup, and the 留购价 with the last rent', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '¥80,820.00'],
        ['租期', '36期(按月支付)'],
        ['月租', '¥2,859.23'],
      ],
      text: [
        '第36期：月租￥2,859.23 + 留购价￥1,000.00 = ￥3,859.23 ，付清后车辆过户至您名下',
        '提车时支付：首付租金￥8,980.00 + GPS及服务费￥5,800.00 = ￥14,780.00',
      ],
    });
    expect(upfront(t)).toEqual(['GPS及服务费|5800.00']);
    expect(t.payments.at(-1)?.amount).toBe('3859.23');
    expect(t.payments[0]?.amount).toBe('2859.23');
  });
});

describe('dates a contract or an order states', () => {
  it('takes the day of signing over the day of ordering', () => {
    const t = readSpec({
      pairs: [
        ['下单时间', '2026-05-18 10:26'],
        ['贷款金额', '¥132,860.00'],
        ['执行年利率', '3.60%'],
        ['贷款期限', '36期'],
        ['签约日期', '2026-05-19'],
      ],
    });
    expect(t.contractDate).toBe('2026-05-19');
  });

  it('reads 借款起始日 as the day lent, and a signing in a named place', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥50,000.00'],
        ['月利率', '1.2%'],
        ['借款期限', '12个月'],
        ['借款起始日', '2026-02-15'],
      ],
      text: ['本借款合同由以下双方于2026-03-01在浙江省宁波市签订。'],
    });
    expect(t.disbursementDate).toBe('2026-02-15');
    expect(t.contractDate).toBe('2026-03-01');
  });

  it('leaves another loan’s 借款日期 for this loan’s card "2026-02-26 放款"', () => {
    // 6,000 at 12 % over 6: 1,035.29 + 会员费 39.00, the first due 2026-03-26; the settled loan below
    // was lent 2025-08-08, seven months before.
    const plan = tableOf(
      ['期数', '还款日', '本息', '会员费', '应还', '状态'],
      [1, 2, 3, 4, 5, 6].map((i) => [
        `${String(i)}/6`,
        `2026-${String(i + 2).padStart(2, '0')}-26`,
        i === 6 ? '1,035.30' : '1,035.29',
        '39.00',
        i === 6 ? '1,074.30' : '1,074.29',
        i === 1 ? '已还' : '待还',
      ]),
    );
    const t = readSpec({
      lead: ['青穗借 · 6期 还款中', '2026-02-26 放款'],
      pairs: [
        ['借款金额', '¥6,000.00'],
        ['还款方式', '等额本息'],
        ['年化利率', '12.00%'],
      ],
      text: ['青穗借 · 3期 已结清', '借款金额 ¥3,000.00', '借款日期 2025-08-08'],
      tables: [plan],
    });
    expect(t.disbursementDate).toBe('2026-02-26');
  });
});

describe('what is not a charge of the loan read', () => {
  it('reads no loan in a news article’s worked examples', () => {
    const t = readTerms(
      rawOf({
        lead: ['LPR连续持稳，存量房贷月供怎么算？', '来源：财经频道 2026-06-22 10:05 评论(86)'],
        text: [
          '原标题：LPR连续持稳，存量房贷月供怎么算？',
          '公积金贷款利率不随LPR浮动。目前5年以上首套公积金贷款利率为2.85%，贷款60万元、25年、等额本息，月供约2798.68元。',
          '相关阅读',
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('does not take a settlement quote’s prepayment fee as paid when the money was lent', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5,000.00 元'],
        ['借款期限', '30 天'],
        ['日利率', '0.05%'],
        ['还款方式', '到期一次性还本付息'],
        ['到期应还', '5,075.00 元'],
        ['提前还款手续费', '50.00'],
      ],
    });
    expect(upfront(t)).toEqual([]);
    expect(t.received).toBe('5000.00');
  });

  it('keeps in an advance’s repayment the one fee that is all it holds beyond the amount', () => {
    // 1,500 for 14 days at 0.05 % a day: 10.50, the 服务费; 到期应扣 1,510.50. The 平台使用费 15.00
    // is the other fee, so it was paid when the money went out: 1,485.00 arrived.
    const t = readSpec({
      lead: ['工时预支', '￥ 1,500.00'],
      pairs: [
        ['平台使用费', '￥15.00'],
        ['预支天数', '14天'],
        ['日费率', '0.05%'],
        ['服务费', '￥10.50（按日费率计，结算日随周薪扣回）'],
        ['到期应扣', '￥1,510.50'],
      ],
    });
    expect(upfront(t)).toEqual(['平台使用费|15.00']);
    expect(t.received).toBe('1485.00');
    expect(amounts(t)).toEqual(['1510.50']);
  });
});

describe('a phone shop’s instalment checkout', () => {
  it('takes the price, not 分期总额, where the instalment holds a fee each period', () => {
    // 3,999 ÷ 12 = 333.25, + 0.50 % × 3,999 = 20.00: 353.25; 12 × 353.25 = 4,239.00 is the
    // 分期总额, which ÷ 12 would be 353.25 as well — but with no fee in it.
    const t = readSpec({
      lead: ['岚石 X9 Ultra', '¥ 3,999.00'],
      pairs: [
        ['分期期数', '12期'],
        ['每期手续费', '¥20.00'],
        ['每期手续费率', '0.50%'],
        ['每期应还', '¥353.25'],
        ['分期总额', '¥4,239.00'],
      ],
    });
    expect(t.principal).toBe('3999.00');
    expect(amounts(t)).toEqual(Array.from({ length: 12 }, () => '353.25'));
  });

  it('counts a pre-ticked add-on lent with the purchase as a charge kept back', () => {
    // 2,499 for the phone + 99 for the cover = 2,598 lent; 2,499 of goods received.
    const t = readSpec({
      pairs: [
        ['分期金额', '¥2,598.00'],
        ['分期期数', '6期'],
        ['每期应还', '¥433.00'],
        ['分期手续费', '¥0.00'],
      ],
      text: [
        '【岚石服务】一年碎屏宝 ¥99.00',
        '购机时默认加购，与商品一起计入分期金额；取消勾选可单独购买',
      ],
      controls: [
        {
          kind: 'checkbox',
          checked: true,
          label: '【岚石服务】一年碎屏宝 ¥99.00',
          locator: 'body > label > input',
        },
      ],
    });
    expect(upfront(t)).toEqual(['一年碎屏宝|99.00']);
    expect(t.received).toBe('2499.00');
  });

  it('reads the chosen plan "12期免息 ¥499.92×12" and the amount a total’s parts name', () => {
    // 5,999 ÷ 12 = 499.92 (the last 499.88); the 3 % fee, 179.97, is billed with the first.
    const plan = tableOf(
      ['期数', '还款日', '应还金额', '说明'],
      Array.from({ length: 12 }, (_, i) => [
        `第${String(i + 1)}期`,
        `${String(2026 + Math.floor((i + 6) / 12))}-${String(((i + 6) % 12) + 1).padStart(2, '0')}-08`,
        i === 0 ? '¥ 679.89' : i === 11 ? '¥ 499.88' : '¥ 499.92',
        i === 0 ? '含分期服务费 ¥179.97' : '',
      ]),
    );
    const t = readSpec({
      pairs: [
        ['应付金额', '¥5,999.00元'],
        ['合计应还', '¥6,178.97（商品金额 ¥5,999.00 + 分期服务费 ¥179.97）'],
      ],
      tables: [plan],
      controls: [
        {
          kind: 'radio',
          checked: false,
          label: '6期免息 ¥999.83×6',
          locator: 'body > li:nth-of-type(1)',
        },
        {
          kind: 'radio',
          checked: true,
          label: '12期免息 ¥499.92×12',
          locator: 'body > li:nth-of-type(2)',
        },
      ],
    });
    expect(t.principal).toBe('5999.00');
    expect(t.termMonths).toBe(12);
    expect(amounts(t)[0]).toBe('679.89');
  });
});

describe('overdue loans as a negotiation page or a back office shows them', () => {
  it('keeps the loan’s own first instalment, not a negotiated plan’s "首期应还"', () => {
    // 6,000 at 1.5 % a month over 12: 550.08, + 服务费 30.00 = 580.08.
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00 元'],
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['月利率', '1.50%'],
        ['服务费', '每期 30.00 元，随每期账单收取'],
        ['每期应还', '580.08 元（含服务费）'],
        ['首期应还', '￥ 193.36'],
      ],
    });
    expect(amounts(t)[0]).toBe('580.08');
  });

  it('reads a clerk’s 签约额度 and 签约期限 as the loan, beside the 申请额度 asked for', () => {
    // 24,000 at 1.25 % a month over 12: 24,000 × 0.0125 / (1 − 1.0125^−12) = 2,166.20.
    const t = readSpec({
      pairs: [
        ['申请额度', '30,000.00'],
        ['签约额度', '24,000.00'],
        ['签约期限', '12 期'],
        ['还款方式', '等额本息'],
        ['月利率', '1.25%'],
        ['每期还款额', '2,166.20（末期 2,166.19）'],
      ],
    });
    expect(t.principal).toBe('24000.00');
    expect(t.termMonths).toBe(12);
  });
});

describe('an apply page’s plan summary', () => {
  it('reads "首期7月18日，应还899.75" as an instalment the rate’s arithmetic then places', () => {
    // 10,000 at 0.04 % a day × 30 = 1.2 % a month over 12, 等额本息: 10,000 × 0.012 /
    // (1 − 1.012^−12) = 899.75.
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '10000'],
        ['借款期数', '12期'],
      ],
      text: [
        '当前最高可用额度15000元，日利率0.04%，月利率按日利率×30计（1.20%），年化利率（单利）14.40%',
        '首期7月18日，应还899.75',
      ],
    });
    expect(t.repaymentMethod).toBe('等额本息');
    expect(amounts(t).slice(0, 2)).toEqual(['899.75', '899.75']);
  });
});

describe('an apply page drawn by a canvas app, and an aggregator’s product detail', () => {
  it('reads the amount past a stepper’s minus button', () => {
    // 10,000 at 12 % over 12: 888.49, + 会员费 59.00 = 947.49.
    const t = readSpec({
      pairs: [
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['年化利率', '12.00%'],
        ['每月应还', '947.49（含会员费）'],
        ['会员费', '59.00元/月'],
        ['您想借多少(元)', '−'],
      ],
      text: ['10,000.00', '+'],
    });
    expect(t.principal).toBe('10000.00');
    expect(amounts(t)[0]).toBe('947.49');
  });

  it('takes the visitor’s picks after a product’s ranges, checked by the instalment', () => {
    // 24,000 over 12 at a flat 0.9 % a month: 2,000 + 216 = 2,216.
    const t = readSpec({
      pairs: [
        ['每月还款', '2216元'],
        ['月费率', '0.9%'],
        ['额度', '(3000元～3.0万元)'],
      ],
      text: [
        '24000',
        '期限 (3~12月)',
        '12',
        '温馨提示：每月还款按所选额度24000元、期限12个月测算，月费率按借款金额计收，分期内每月金额相同。',
      ],
    });
    expect(t.principal).toBe('24000.00');
    expect(t.termMonths).toBe(12);
    expect(amounts(t)[0]).toBe('2216.00');
  });

  it('charges nothing for prepaying where the fee already billed is only not refunded', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '30,000.00'],
        ['分期期数', '24期'],
        ['每期手续费率', '0.55%'],
      ],
      text: ['分期手续费已于首期一次性收取，提前还款时不予退还。'],
    });
    expect(t.prepayment?.penalty).toBe(false);
  });
});

describe('IOU ledgers, pawn tickets and printed loan slips', () => {
  it('reads "到期连本带息一次还清" as one repayment and names the person a record says I owe', () => {
    // 20,000 at 1.5 % a month for 6 months, one repayment: 20,000 × (1 + 0.015 × 6) = 21,800.
    const t = readSpec({
      pairs: [
        ['相关方', '韩立东'],
        ['记账类型', '应付(我欠的)'],
        ['金额', '¥20,000.00'],
        ['利息约定', '月息1分5 （月利率1.5%）'],
        ['借款期限', '6个月'],
        ['到期应还', '¥21,800.00'],
      ],
      text: ['利息按借款金额×月利率×月数计算，到期连本带息一次还清。', '借条_韩立东_20260301.jpg'],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(amounts(t)).toEqual(['21800.00']);
    expect(t.lender.name).toBe('韩立东');
    expect(t.lenderType).toBe('private');
  });

  it('adds a pawn’s 月综合费率 to its interest when both are paid at redemption', () => {
    // 40,000 for 2 months at 0.5 % + 0.9 % a month: 40,000 × 1.4 % × 2 = 1,120; 41,120 in all.
    const t = readSpec({
      pairs: [
        ['典当行', '岑川典当有限责任公司'],
        ['当金', '40,000.00元'],
        ['月利率', '0.5%'],
        ['月综合费率', '0.9%'],
        ['当期', '2个月'],
      ],
    });
    expect(amounts(t)).toEqual(['41120.00']);
  });

  it('keeps the 综合费用 in the redemption where the ticket pays the whole 当金 out', () => {
    const t = readSpec({
      pairs: [
        ['典当行', '岑川典当有限责任公司'],
        ['当金', '12,000.00元'],
        ['当期', '1个月'],
        ['月利率', '0.5%'],
        ['月综合费率', '1.0%'],
        ['利息', '60.00元'],
        ['综合费用', '120.00元'],
        ['实付当金', '12,000.00元'],
        ['到期赎当应付', '12,180.00元'],
      ],
    });
    expect(upfront(t)).toEqual([]);
    expect(t.received).toBe('12000.00');
    expect(amounts(t)).toEqual(['12180.00']);
  });

  it('reads an approval’s 批准金额 and 批准期限 over the amount and term applied for', () => {
    // 50,000 at 9.6 % over 12: 50,000 × 0.008 / (1 − 1.008^−12) = 4,386.50.
    const t = readSpec({
      pairs: [
        ['申请金额(元)', '60,000.00'],
        ['申请期限', '24个月'],
        ['批准金额(元)', '50,000.00'],
        ['批准期限', '12个月'],
        ['执行年利率(%)', '9.600000'],
        ['还款方式', '等额本息'],
        ['预计每月还款额(元)', '4,386.50'],
      ],
      text: [
        '1. 借款人于放款前向我行缴纳评估咨询费1,500.00元；',
        '2. 借款人于放款前投保借款人意外保险，借款人意外保险费500.00元由借款人一次性缴纳；',
      ],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.termMonths).toBe(12);
    expect(t.received).toBe('48000.00');
  });

  it('reads a printed slip’s 小写 figures under their fields', () => {
    // 20,000 lent, 1,600 kept back: 18,400 paid out. Each cell "小写：20,000.00" is split at its
    // colon by the scanner, as a label and a value in one element.
    const raw = rawOf({
      pairs: [
        ['借款期限 / 还款方式', '12期 / 等额本息'],
        ['年化利率(单利)', '14.40%（月利率1.20%）'],
        ['每期应还金额', '1,799.51'],
      ],
      text: [
        '借款本金',
        '小写：20,000.00',
        '大写：贰万元整',
        '服务费（放款时扣收）',
        '小写：1,600.00',
      ],
    });
    raw.blocks.forEach((b, k) => {
      const m = /^([大小]写)：(.+)$/.exec(b.text);
      if (m?.[1] && m[2])
        raw.pairs.push({
          label: m[1],
          value: m[2],
          via: 'same-element',
          labelBlock: k,
          valueBlock: k,
        });
    });
    const t = readTerms(raw);
    expect(t?.principal).toBe('20000.00');
    expect(t ? upfront(t) : []).toEqual(['服务费|1600.00']);
  });
});
