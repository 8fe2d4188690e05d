/**
 * Short cash loans and their renewals (续借) as apps show them, product lists, a fee total named
 * after its share, a prepayment clause that only refuses refunds, a card read as one paragraph, an
 * arrears breakdown beside a restructured plan, a bill whose only amount is what was paid out;
 * and, from back offices and bills: fees paid at maturity named in a clause, a margin loan's
 * deposit, a pawn's monthly 综合费用, interest paid a month ahead, the option ticked, a card bill's
 * 现金分期, a fee's note before its figure, a unit in a column header and the row of the payout;
 * and from round thirty-two: 按月结息 and a lender under 出借人信息, a funder's rate beside the
 * customer's, help icons beside labels, a first instalment apart from the others, a help article.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const upfront = (t: { fees: { when: string; amount?: string }[] }): string[] =>
  t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount ?? '');

describe('a renewal (续借) confirmed on its own page', () => {
  it('is a loan of what is still owed from the old due date, its fees paid now', () => {
    // 1,500 moved from 07/09 to 07/16 for 300 + 30 paid today, the 1,500 repaid at the end:
    // 1,170 of value for 7 days.
    const t = readSpec({
      title: '确认续借',
      pairs: [
        ['续借金额', '1500.00元'],
        ['到期还款', '1500.00元'],
        ['原还款日', '2026/07/09'],
        ['续借天数', '7天'],
        ['还款日期', '2026/07/09 — 2026/07/16'],
        ['本期手续费', '300.00元'],
        ['续借费用', '30.00元'],
        ['今日应付', '330.00元'],
      ],
    });
    expect(t.principal).toBe('1500.00');
    expect(t.disbursementDate).toBe('2026-07-09');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-16', '1500.00']]);
    expect(t.received).toBe('1170.00');
  });

  it('is the loan when the borrower picks it on the repay page', () => {
    // 续借7天 chosen: 200 + 30 paid now, the 1,000 principal due 2026-09-23 (7 days after
    // 2026-09-16). 全额还款 is not chosen.
    const t = readSpec({
      title: '还款',
      pairs: [['本期应还（元）', '1000.00']],
      text: ['借款金额1000.00元 · 借款日2026-09-09 · 到期日2026-09-16（今天）'],
      controls: [
        {
          kind: 'radio',
          checked: false,
          label: '全额还款 一次还清本金，借款结清 1000.00元',
          locator: 'label:nth-of-type(1) > input',
        },
        {
          kind: 'radio',
          checked: true,
          label:
            '续借7天 支付手续费200.00元（借款金额的20%）+ 续借费30.00元，本金1000.00元顺延至2026-09-23归还 230.00元',
          locator: 'label:nth-of-type(2) > input',
        },
      ],
    });
    expect(t.disbursementDate).toBe('2026-09-16');
    expect(t.received).toBe('770.00');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-23', '1000.00']]);
  });
});

describe('a 7-day loan whose repayment is said in words', () => {
  it('reads "还款日应归还借款金额 ¥1500" as the one repayment', () => {
    // 1,500 lent, 300 kept back (实际到账 1,200), 1,500 due on day 7.
    const t = readSpec({
      pairs: [
        ['借款金额', '¥1500'],
        ['借款天数', '7天'],
      ],
      text: [
        '借款日 2026-07-02还款日 2026-07-09',
        '手续费用含信审费 ¥150、服务费 ¥75、账户管理费 ¥75，于放款时从借款金额中一次扣除，实际到账 ¥1200；还款日应归还借款金额 ¥1500。',
      ],
    });
    expect(t.received).toBe('1200.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['1500.00']);
  });
});

describe('a contract whose fee is named after its share, with its total further on', () => {
  it('takes the fee "从…本金中一次性扣取" at its stated total', () => {
    // 20% of 2,000 = 400.00, the 服务费、居间费总额 the contract states, taken from the loan.
    const t = readSpec({
      title: '借款协议',
      pairs: [
        ['甲方（资金出借方）', '赵闻舟'],
        ['乙方（资金借入方）', '林可馨'],
        ['借款本金', '人民币¥2000.00元，（大写 贰仟元整）。'],
        ['借款期限', '自2026年4月20日至2026年4月27日止，共计7天一期。'],
      ],
      text: [
        '1.6.3 借款服务、居间费计付标准为：借款金额500元及以上、借款周期7天的，按借款合同金额的20%按笔计收，于合同签订、出借当日由丙方先行从乙方借款合同本金中一次性扣取；',
        '1.7 乙方借款时应计付丙方相应的服务费、居间费总额为：人民币¥400.00元，大写肆佰元整。',
      ],
    });
    expect(upfront(t)).toEqual(['400.00']);
  });
});

describe('a prepayment clause that only refuses refunds', () => {
  it('charges nothing for prepaying when it keeps the payout fee', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000.00'],
        ['期限', '6个月'],
        ['年利率', '18.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['可提前结清，仅收取已到期利息，放款手续费不予退还。'],
    });
    expect(t.prepayment?.penalty ?? false).toBe(false);
  });

  it('still charges when it keeps the fee and names a penalty besides', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000.00'],
        ['期限', '6个月'],
        ['年利率', '18.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['提前还款需另收剩余本金1%的违约金，已收手续费不退。'],
    });
    expect(t.prepayment?.penalty).toBe(true);
  });
});

describe('a product list', () => {
  it('reads no loan from products that each have an apply button', () => {
    const raw = rawOf({
      title: '贷款产品',
      pairs: [
        ['现金贷', '最高(元) 5000 期限 7天/14天 费用 借款金额的20%'],
        ['丽人贷', '最高(元) 50000 期限 12个月 费用 3%（月利息2% + 平台管理费1%）'],
        ['法人贷', '最高(元) 100000'],
        ['期限', '12个月'],
        ['日息', '0.06%起'],
      ],
      text: ['去申请 ›', '去申请 ›', '去申请 ›', '栗鼠钱包 · 宁川易合网络科技有限公司提供信息服务'],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('an approval card read as one paragraph', () => {
  it('takes a fee beside "首期还款日2026-10-03" as taken at payout, not billed with the first', () => {
    // 50,000 at 1.2% a month over 24: 2,410.10 a month; the 3,000 fee came off at payout.
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '24个月'],
        ['还款方式', '等额本息'],
        ['月利率', '1.2%'],
        ['每月应还', '2,410.10元'],
        ['实际到账', '47,000.00元'],
      ],
      text: [
        '您的借款申请已由禾丰消费金融有限公司审批通过：借款金额50,000.00元借款期限24个月还款方式等额本息首期还款日2026-10-03（此后每月3日）信息服务费3,000.00元实际到账47,000.00元信息服务费由合作平台收取，放款时从借款金额中一次性扣除。',
      ],
    });
    expect(t.payments[0]?.amount).toBe('2410.10');
    expect(upfront(t)).toEqual(['3000.00']);
  });
});

describe('a restructured plan beside the arrears it replaces', () => {
  it('prices the plan at its own rate, not at the old loan’s interest owed', () => {
    // 8,400 over 6 months at 0.50% a month: 1,424.60 + 账户管理费 42.00 = 1,466.60 a month. The
    // 利息250.00元 is part of 欠款合计, the old loan's arrears.
    const t = readSpec({
      pairs: [
        ['欠款合计', '8,796.40元（本金8,150.00元、利息250.00元、罚息396.40元）'],
        ['纳入分期金额', '8,400.00元'],
        ['分期期数', '6期'],
        ['还款方式', '等额本息'],
        ['月利率', '0.50%'],
        ['账户管理费', '42.00元/期'],
      ],
    });
    expect(t.payments[1]?.amount).toBe('1466.60');
  });
});

describe('a bill whose only amount is what was paid out', () => {
  it('takes the 放款金额 as the amount lent when nothing was kept back', () => {
    // 50,000 for 30 days at 0.05% a day: 750 interest, 50,750 due.
    const t = readSpec({
      pairs: [
        ['放款金额(元)', '50,000.00'],
        ['融资利率', '日0.05%'],
        ['还款利息(元)', '750.00'],
        ['生成日期', '2026-04-01'],
        ['最后还款日期', '2026-05-01'],
        ['计息天数', '30天'],
      ],
      text: ['按日计息，到最后还款日期一次性归还本金及利息（到期应还本息50,750.00元）。'],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['50750.00']);
  });
});

describe('back offices and bills of round thirty-one', () => {
  it('reads fees a clause says are paid at maturity, each at its label’s amount', () => {
    // 2,000 for 21 days at 0.05% a day: 21.00 interest; 服务费 240 and 账户管理费 60 with it —
    // 2,321.00 due, and the 2,000 arrives whole ("未扣除任何费用").
    const t = readSpec({
      pairs: [
        ['放款日期', '2026-05-06（到账 2,000.00 元，未扣除任何费用）'],
        ['借款金额', '2,000.00'],
        ['借款期限 / 还款方式', '21天 · 到期一次性还本付息'],
        ['利息（日利率0.05%）', '21.00'],
        ['服务费', '240.00'],
        ['账户管理费', '60.00'],
      ],
      text: ['服务费、账户管理费于到期日与本金、利息一并收取。'],
    });
    expect(t.received).toBe('2000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['2321.00']);
  });

  it('takes no deposit the borrower puts up for a fee kept back', () => {
    // A margin loan: 20,000 for 30 days at 0.1% a day (600 at the end); 风险保证金 5,000 is the
    // borrower's own money beside it.
    const t = readSpec({
      pairs: [
        ['可用保证金', '5,000.00 元'],
        ['融资金额', '20,000.00 元'],
        ['日费率', '0.1%'],
        ['融资期限', '30 天'],
        ['到期应还', '20,600.00 元'],
        ['风险保证金', '5,000.00 元'],
      ],
    });
    expect(t.received).toBe('20000.00');
  });

  it('reads a pawn’s 综合费用 "元/月" as monthly and its interest-only plan', () => {
    // 30,000 for 3 months: interest 0.5% (150) and 综合费用 810 each month, the 当金 at the end.
    const t = readSpec({
      pairs: [
        ['典当金额', '30,000.00 元'],
        ['月利率', '0.5 %'],
        ['典当期限', '3 期'],
        ['放款日期', '2026-04-08'],
        ['还款日期', '2026-07-08'],
        ['综合费用', '810.00 元/月'],
      ],
      text: ['典当利息及综合费用按月收取，当金到期一次返还。'],
    });
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.payments.map((p) => p.amount)).toEqual(['960.00', '960.00', '30960.00']);
  });

  it('pays interest a month ahead where the page says 前置付息', () => {
    // 30,000 at 1.5% a month for 12: the first 450 came off at payout (29,550 received), each later
    // month's 450 a month early, and the last month repays the principal alone.
    const t = readSpec({
      pairs: [
        ['贷款金额', '30,000.00 元'],
        ['还款方式', '按期收息,到期还本'],
        ['月化利率', '1.500 %'],
        ['贷款期限', '12 期'],
        ['放款日期', '2026-02-10'],
        ['实际放款金额', '29,550.00 元'],
      ],
      text: ['前置付息：每期利息于该期计息开始日收取，第1期利息在放款时从贷款本金中扣收。'],
    });
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array.from({ length: 11 }, () => '450.00'),
      '30000.00',
    ]);
  });

  it('takes the method the borrower ticked, not the first option’s label', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '24,000.00 元'],
        ['贷款期限', '12 期'],
        ['还款方式', '等额本金'],
        ['月化利率', '1.200 %'],
      ],
      controls: [
        {
          kind: 'radio',
          checked: false,
          label: '等额本金',
          locator: 'span:nth-of-type(1) > input',
        },
        {
          kind: 'radio',
          checked: false,
          label: '等额本息',
          locator: 'span:nth-of-type(2) > input',
        },
        { kind: 'radio', checked: true, label: '等本等息', locator: 'span:nth-of-type(3) > input' },
      ],
    });
    expect(t.repaymentMethod).toBe('等本等息');
  });

  it('reads a card bill’s 现金分期 as the amount lent, not the period’s 本金', () => {
    // 24,000 in 12: 2,000 of principal and 144.00 of fee (0.60%) each month.
    const t = readSpec({
      pairs: [
        ['本期还款(元)', '2,144.00'],
        ['本金', '¥2,000.00'],
        ['利息', '¥0.00'],
        ['分期手续费', '¥144.00'],
      ],
      text: [
        '分期手续费率0.60%/期，按分期金额24,000.00元每期收取',
        '现金分期 24,000.00元 · 12期 · 放款日期 2025-12-16',
      ],
    });
    expect(t.principal).toBe('24000.00');
    expect(t.payments).toHaveLength(12);
  });
});

describe('plans and fees of round thirty-one, continued', () => {
  it('reads a fee whose note comes before its per-period figure', () => {
    // 60,000 over 12 at 7.20%: 5,197.14 + 担保服务费 240.00 = 5,437.14 a month.
    const t = readSpec({
      pairs: [
        ['借款金额', '¥60,000.00'],
        ['年利率', '7.20%（单利）'],
        ['还款方式', '等额本息'],
        ['放款日期', '2026-01-15'],
        ['借款期限', '12期'],
        // The note is paired with the label; the figure is the run after it.
        [
          '担保服务费',
          '担保服务费率0.40%/期，按借款金额计收，由恒禾融资担保有限公司收取，随每期还款一并扣划',
        ],
      ],
      text: ['240.00元/期'],
    });
    expect(t.fees.find((f) => f.when === 'periodic')?.amount).toBe('240.00');
    expect(t.payments[0]?.amount).toBe('5437.14');
  });

  it('reads "应付利息 (元)" as the interest column, not the instalment', () => {
    const dates = ['02', '03', '04'].map((m) => `2026-${m}-15`);
    const t = readSpec({
      pairs: [
        ['申请金额', 'CNY 6,000.00'],
        ['放款日期', '2026-01-15'],
      ],
      tables: [
        tableOf(
          ['还款日期', '应付利息 (元)', '应付本金 (元)', '罚息 (元)', '合计 (元)'],
          dates.map((d, i) => [d, '90.00', i === 2 ? '2,000.00' : '2,000.00', '0.00', '2,090.00']),
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['2090.00', '2090.00', '2090.00']);
  });

  it('skips the plan’s row of the money paid out', () => {
    // 48,500 paid out on 2026-03-02 (a 1,500 fee kept back), then 6 monthly rows.
    const t = readSpec({
      pairs: [['借款金额', '¥50,000.00']],
      tables: [
        tableOf(
          ['', '日期', '本金', '利息', '合计', '状态'],
          [
            ['↧', '2026-03-02', '48,500.00', '-', '48,500.00', '放款至您的账户（已扣开办费）'],
            ['✓', '2026-04-02', '8,333.33', '1,000.00', '9,333.33', '已按时还款'],
            ['', '2026-05-02', '8,333.33', '833.33', '9,166.66', '待还'],
            ['', '2026-06-02', '8,333.34', '666.67', '9,000.01', '未到期'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-04-02', '2026-05-02', '2026-06-02']);
  });
});

describe('a margin platform’s contract with a person lending', () => {
  it('reads 按月结息，到期还本 and the lender under 出借人信息', () => {
    // 100,000 at 1.6% a month for 3 months, interest monthly: 1,600 twice, then 101,600. The
    // lender is a person (民间借贷: held to 4×LPR).
    const t = readSpec({
      lead: ['出借人信息'],
      pairs: [
        ['姓名', '孟庆川'],
        ['借款金额', '100,000.00 元'],
        ['月利率', '1.6%'],
        ['借款期限', '3个月'],
        ['结息方式', '按月结息，到期还本'],
        ['借款日期', '2026-03-09'],
      ],
    });
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.payments.map((p) => p.amount)).toEqual(['1600.00', '1600.00', '101600.00']);
    expect([t.lenderType, t.lender.name]).toEqual(['private', '孟庆川']);
  });
});

describe('two annual rates on a back office’s loan screen', () => {
  it('takes the one the instalments were worked at as the loan’s rate', () => {
    // 150,000 over 36 at 7.20% (0.6% a month), 等额本息: 4,645.29 — not at the funder's 4.35%.
    const t = readSpec({
      pairs: [
        ['资金方利率', '4.35%'],
        ['借款金额(元)', '150,000.00'],
        ['期数(月)', '36期'],
        ['还款方式', '等额本息'],
        ['客户利率', '7.20%'],
        ['每期还款额', '4,645.29 元'],
      ],
    });
    expect(t.statedRates.find((r) => r.primary === true)?.value).toBe('0.072');
  });
});

describe('labels with a help icon', () => {
  it('reads the figure past the icon, or above a caption', () => {
    // "2850.00 | 收款金额(元) | ?" is a caption under its figure; "申请金额(元) | ? | 3000.00" a label
    // before it. 3,000 for 30 days at 0.03% a day (27.00), the 150 fee taken at payout.
    const t = readSpec({
      lead: ['2850.00'],
      pairs: [
        ['收款金额(元)', '?'],
        ['项目编号', '20260608100217'],
        ['申请金额(元)', '?'],
      ],
      text: [
        '3000.00',
        '借款期限(天) 30天',
        '日利率 0.03%',
        '还款方式 到期一次性还本付息',
        '放款时间 2026-06-08',
        '到期应还(元) 3027.00',
      ],
    });
    expect([t.principal, t.received]).toEqual(['3000.00', '2850.00']);
  });
});

describe('a card instalment whose whole fee comes with the first bill', () => {
  it('reads 首期应还 apart from the run of the others, the fee once', () => {
    // 60,000 in 24: the 3,240 fee (5.40%) with the first 2,500 — 5,740.00 — then 2,500.00 × 23.
    const t = readSpec({
      pairs: [
        ['分期金额', '¥60,000.00'],
        ['分期期数', '24期'],
        ['手续费收取方式', '首期一次性收取'],
        ['分期手续费', '¥3,240.00'],
        ['首期应还', '¥5,740.00（本金¥2,500.00 + 手续费¥3,240.00）'],
      ],
      text: ['第2-24期每期应还', '¥2,500.00', '折算年化利率5.36%'],
    });
    expect(t.payments).toHaveLength(24);
    expect(t.payments.slice(0, 2).map((p) => p.amount)).toEqual(['5740.00', '2500.00']);
    expect(t.fees.filter((f) => f.when === 'periodic')).toEqual([]);
  });
});

describe('a help article', () => {
  it('reads no loan from an explainer of 最低还款 and 循环利息', () => {
    // Its sections, each heading paired with its paragraph, as the scanner pairs them.
    const raw = rawOf({
      title: '帮助详情',
      lead: ['帮助详情'],
      pairs: [
        [
          '举例',
          '张先生本期账单金额10,000元，到期还款日只还1,000元，则下期账单将对本期全部账单金额自各笔交易记账日起按日利率万分之五计收透支利息：其中3月15日记账的6,000元计息44天，利息132元。',
        ],
        ['最低还款与循环利息', '了解信用卡还款方式，合理规划用卡成本'],
        ['选择还款方式', '全额还款、最低还款或申请账单分期'],
        [
          '分期手续费与年化利率',
          '例如12期、每期手续费率0.60%的分期，按内部收益率（IRR）法折算的年化利率约为13.0%，而不是7.2%。提前结清的，剩余手续费仍需支付。',
        ],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});
