/**
 * Loans as IOU logs, lessors' bills, service contracts, admin rows, notices, SMS, help articles,
 * settlement certificates, overdue lists, interest-only bank plans and landing pages state them:
 * a 预扣 figure checked by what is left; an amount column that sums to the amount lent; each
 * party's fee taken from the loan; a fee counted once; 请求对象（出借人）; no role for a person; a
 * 结清证明 is no loan; fees "到期随本息一并划扣" and "随本息一并收取"; 应划扣金额 plans; a product's
 * term options and the days its interest took; prose amounts in notices and SMS; a deposit's rate;
 * an overdue list's 应还金额 less its charge; 到期应还本息 as a last payment; one-off fee rates; an
 * estimate's range; a bond that lends nothing; a rate the page defines as the whole term's fee.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const amounts = (t: { payments: { amount: string }[] }): string[] =>
  t.payments.map((p) => p.amount);

describe('an IOU app whose log shows what was taken in advance', () => {
  it('takes a figure labelled 预扣 from the amount lent when what is left is stated too', () => {
    // 借款金额 10,000; the log: 借出 9,000 and 预扣利息 1,000. 10,000 − 1,000 = 9,000 is on the page,
    // so 9,000 reached the borrower and 1,000 is 砍头息.
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00元'],
        ['还款日期', '2026-08-20'],
        ['还款方式', '到期还本付息'],
        ['到期应还', '10450.00元'],
        ['借出', '9000.00元'],
        ['预扣利息', '1000.00元'],
      ],
      text: ['2026-05-22 14:06'],
    });
    expect(t.received).toBe('9000.00');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['预扣利息', '1000.00'],
    ]);
  });

  it('leaves a 预扣 figure alone when the amount less it is nowhere on the page', () => {
    // 10,000 − 300 = 9,700 is stated nowhere: the label alone does not say the interest came out
    // of the amount lent rather than being the interest repaid with it.
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00元'],
        ['还款日期', '2026-08-20'],
        ['还款方式', '到期还本付息'],
        ['到期应还', '10450.00元'],
        ['预扣利息', '300.00元'],
      ],
    });
    expect(t.received).toBe('10000.00');
  });
});

describe('a lessor’s bill whose amount column is the principal repaid', () => {
  it('adds the fee column to a column that sums to the amount lent', () => {
    // 融资租赁合同金额 3,600 over 12 rows of 300.00 with 手续费 54.00 each: 12 × 300 = 3,600 is
    // the principal, so each payment is 300 + 54 = 354.00.
    const dates = [
      ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-06`),
      '2027-01-06',
      '2027-02-06',
    ];
    const rows = dates.map((d, i) => [String(i + 1), d, '300.00', '54.00']);
    const t = readSpec({
      pairs: [
        ['融资租赁合同金额', '3,600.00'],
        ['租期', '12期'],
        ['起租日', '2026-02-06'],
      ],
      tables: [tableOf(['期次', '应支付时间', '融资租赁总额', '手续费'], rows)],
    });
    expect(t.principal).toBe('3600.00');
    expect(new Set(t.payments.map((p) => p.amount))).toEqual(new Set(['354.00']));
  });
});

describe('a financing service agreement', () => {
  it('reads each party’s fee in figures as taken from the loan when a clause says so', () => {
    // 4,200 to 乙方 and 1,800 to 丙方, both transferred out of the money lent: 60,000 − 6,000.
    const t = readSpec({
      pairs: [
        ['借款金额', '60,000.00元'],
        ['借款期限', '24期'],
        ['每月还款额', '2,824.41元'],
      ],
      text: [
        '5.1 甲方应付服务费金额如下：',
        '甲方应向乙方支付服务费人民币（大写）肆仟贰佰元，（小写）￥4,200.00；甲方应向丙方支付服务费人民币（大写）壹仟捌佰元，（小写）￥1,800.00。',
        '5.2 甲方同意，所有服务费在甲方取得借款前一次性付清，由丙方从出借人提供给甲方的借款中直接划转相当于上述服务费的金额至乙方、丙方有关账户。',
      ],
    });
    expect(t.received).toBe('54000.00');
  });

  it('does not take a fee to pay from the loan when no clause says it is taken from it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '60,000.00元'],
        ['借款期限', '24期'],
        ['每月还款额', '2,824.41元'],
      ],
      text: ['甲方应向乙方支付服务费人民币（大写）肆仟贰佰元，（小写）￥4,200.00，按月分期支付。'],
    });
    expect(t.received).toBe('60000.00');
  });
});

describe('an admin row with its fee in a column and a note on when it is taken', () => {
  it('counts the fee once', () => {
    // 手续费 300.00 in the row, and the note: 手续费在放款时从贷款金额中扣除, 实际打款 4700.00.
    const t = readSpec({
      text: [
        '审核说明：利息按日利率0.05%、借款天数计算，到期与本金一次性归还；手续费在放款时从贷款金额中扣除，审核通过后实际打款 4700.00 元，到期应还 5075.00 元。',
      ],
      tables: [
        tableOf(
          ['贷款金额', '还款方式', '期限', '利息', '手续费'],
          [['5000', '到期一次性还本付息', '30天', '75.00', '300.00']],
        ),
      ],
    });
    expect(t.received).toBe('4700.00');
  });
});

describe('a person-to-person request card', () => {
  it('names the person under "请求对象（出借人）", past the avatar’s initial', () => {
    const t = readSpec({
      text: ['请求对象（出借人）', '闻', '闻致远', '借款人', '秦可岚'],
      pairs: [
        ['借款金额', '30,000.00 元'],
        ['借款期限', '12 个月'],
        ['年利率', '15%'],
        ['还款方式', '先息后本'],
        ['借款日期', '2026-05-06'],
      ],
    });
    expect([t.lenderType, t.lender.name]).toEqual(['private', '闻致远']);
  });
});

describe('a P2P approval page with the parties in its menu', () => {
  it('takes no role in a menu ("出借人 | 借款人") for a person lending', () => {
    const t = readSpec({
      lead: ['禾信桥', '首页', '出借人', '借款人', '关于我们'],
      pairs: [
        ['借款金额', '20,000.00 元'],
        ['借款期限', '12个月'],
        ['借款年利率', '12%'],
        ['还款方式', '等额本息'],
      ],
      text: ['审核结果： 已通过 ，共 3 位出借人完成出借'],
    });
    expect(t.lenderType).not.toBe('private');
    expect(t.lender.name).not.toBe('借款人');
  });
});

describe('a certificate that a loan is paid off', () => {
  it('reads no terms from a 结清证明 with no rate and no plan', () => {
    const raw = rawOf({
      lead: ['结清证明'],
      text: [
        '兹证明：客户许知夏于2024年5月10日与我司签订《个人消费贷款合同》，借款金额人民币20,000.00元，约定借款期限24个月。',
        '截至2026年3月18日，该笔贷款的本金、利息及相关费用已全部结清，我司与该客户在上述合同项下的债权债务关系已经终止。',
      ],
      pairs: [
        ['借款金额', '20,000.00元'],
        ['放款日期', '2024-05-10'],
        ['当前状态', '已结清'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('fees and terms said in a back office’s own words', () => {
  it('places a fee "到期随本息一并划扣" with the one repayment, not at payout', () => {
    // 50,000 for 2 months at 2% a month: 2,000 interest, and the 1,200 fee with them: 53,200.
    const t = readSpec({
      pairs: [
        ['合同金额', '50000.00元'],
        ['借款期限', '2个月（到期一次性还本付息）'],
        ['月利率', '2.00%'],
        ['账户管理费', '1200.00元（到期随本息一并划扣）'],
        ['应划扣金额', '53200.00元'],
        ['签约日期', '2026年4月20日'],
      ],
    });
    expect(t.received).toBe('50000.00');
    expect(amounts(t)).toEqual(['53200.00']);
  });

  it('reads a plan whose instalment is 应划扣金额, dated by 应划扣日期 and not by 操作日期', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '3000.00'],
        ['签约日期', '2025年05月12日'],
      ],
      tables: [
        tableOf(
          ['第几期还款', '应划扣日期', '实际划扣日期', '应划扣金额', '是否划扣成功', '操作日期'],
          [
            ['1', '2025年6月12日', '2025年6月12日', '1010.00', '划扣成功', '2025年6月12日'],
            ['2', '2025年7月12日', '2025年7月14日', '1010.00', '划扣成功', '2025年7月14日'],
            ['3', '2025年8月12日', '2025年8月12日', '1010.00', '划扣成功', '2025年8月12日'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2025-06-12', '1010.00'],
      ['2025-07-12', '1010.00'],
      ['2025-08-12', '1010.00'],
    ]);
  });
});

describe('a help article on what a loan costs', () => {
  it('takes no term from a product’s options and works the days out of the interest', () => {
    // "7天、14天或30天" are options. The example: 1,000 repaid as 1,007 at 0.05% a day:
    // 7 ÷ (1,000 × 0.0005) = 14 days.
    const t = readSpec({
      text: [
        '青禾借的借款由澜溪网络小额贷款有限公司发放，借款期限为7天、14天或30天，到期一次性还本付息。',
        '当前日利率0.05%（年化利率18.25%）。',
      ],
      pairs: [
        ['借款金额', '1,000.00元'],
        ['实际到账', '880.00元'],
        ['到期应还', '1,007.00元'],
        ['费用示例', '以借款1,000.00元、期限14天为例'],
      ],
    });
    expect([t.termDays, t.termMonths]).toEqual([14, null]);
    expect(t.fees.map((f) => f.name)).not.toContain('费用示例');
  });
});

describe('loans told in prose: a scanned IOU, a notice and an SMS', () => {
  it('reads "到期应还本金X元及利息Y元，合计Z元" where the parts add up', () => {
    const t = readSpec({
      text: [
        '借款期限',
        '6个月，自2026年5月20日起至2026年11月20日止。',
        '双方约定月利率1.2%（即年利率14.4%），到期一次性还',
        '本付息，到期应还本金50,000.00元及利息3,600.00元，合计53,600.00元。',
      ],
      pairs: [['还款方式', '到期一次性还本付息']],
    });
    expect([t.principal, amounts(t)]).toEqual(['50000.00', ['53600.00']]);
  });

  it('reads the amount and the day of "您于…在…平台借款 5,000.00 元"', () => {
    const t = readSpec({
      text: [
        '您于2026年4月8日在嘉沅借平台借款 5,000.00 元（出借方：嘉沅网络小额贷款有限公司），借款期限6期，还款方式为等额本息，借款年利率18.00%（月利率1.50%），每期应还 877.63 元。',
      ],
    });
    expect([t.principal, t.contractDate]).toEqual(['5000.00', '2026-04-08']);
  });

  it('reads "您申请的2,000.00元借款已经成功" as the amount borrowed', () => {
    const t = readSpec({
      text: [
        '【禾悦钱包】您申请的2,000.00元借款已经成功，借款期限7天，日息0.05%，已扣除综合服务费240.00元，实际到账1,760.00元。',
        '【禾悦钱包】本笔借款到期一次性还本付息，到期应还2,007.00元（本金2,000.00元+利息7.00元）。',
      ],
    });
    expect([t.principal, t.received]).toEqual(['2000.00', '1760.00']);
  });
});

describe('the deposit account a loan is repaid from', () => {
  it('takes no deposit rate (活期存款年利率) for a loan’s rate', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['贷款金额', '120,000.00'],
          ['贷款期限', '36个月'],
          ['执行年利率', '4.20%'],
          ['还款方式', '等额本息'],
          ['还款账户余额', '8,230.55'],
          ['活期存款年利率', '0.05%'],
        ],
      }),
    );
    expect(t?.statedRates.map((r) => r.label) ?? []).not.toContain('活期存款年利率');
  });
});

describe('an overdue orders list', () => {
  it('repays the loan without the overdue charge its 应还金额 has taken in', () => {
    // 1,500 for 7 days, 综合费 225 taken at payout, 5 days late: 应还金额 1,575 = 1,500 + 逾期费用 75.
    const t = readSpec({
      tables: [
        tableOf(
          [
            '借款期限',
            '状态',
            '借款金额',
            '综合费',
            '实际到账金额',
            '逾期天数',
            '逾期费用',
            '应还金额',
            '下单时间',
            '应还日期',
          ],
          [
            [
              '7天',
              '逾期',
              '1500.00',
              '225.00',
              '1275.00',
              '5',
              '75.00',
              '1575.00',
              '2026-08-11 20:05:18',
              '2026-08-18',
            ],
          ],
        ),
      ],
      text: ['逾期规则： 逾期费用按借款金额每日1%计收，自应还日期次日起算。'],
    });
    expect([t.received, amounts(t)]).toEqual(['1275.00', ['1500.00']]);
  });

  it('leaves an 应还金额 alone that does not hold the overdue charge beside it', () => {
    // 2,000 for 7 days, 9 days late: 应还金额 2,000 and 逾期费用 180 apart; 2,000 − 180 would repay
    // less than was lent.
    const t = readSpec({
      tables: [
        tableOf(
          [
            '申请金额',
            '申请期限',
            '服务费',
            '到账金额',
            '约定还款日',
            '应还金额',
            '逾期天数',
            '逾期费用',
            '放款时间',
          ],
          [['2000', '7天', '400', '1600', '2026-04-15', '2000', '9', '180', '2026-04-08 13:40:00']],
        ),
      ],
    });
    expect(amounts(t)).toEqual(['2000.00']);
  });
});

describe('a bank’s interest-only business loan', () => {
  it('takes 到期应还本息 for the last payment, not the plan’s sum, and a one-off fee rate for no month’s', () => {
    // 1,000,000 at 4.35%: 3,625.00 a month, 1,003,625.00 at maturity; the insurance fee 1.5% of the
    // amount once (15,000), taken at payout.
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `${String(i < 8 ? 2026 : 2027)}-${String(((i + 4) % 12) + 1).padStart(2, '0')}-28`,
      i === 11 ? '1,000,000.00' : '0.00',
      '3,625.00',
      i === 11 ? '1,003,625.00' : '3,625.00',
    ]);
    const t = readSpec({
      pairs: [
        ['批准贷款金额', '1,000,000.00 元（壹佰万元整）'],
        ['贷款期限', '12个月'],
        ['贷款年利率', '4.35%'],
        ['还款方式', '按月付息、到期还本（先息后本）'],
        ['放款日期', '2026-04-28'],
        ['到期应还本息', '1,003,625.00'],
        ['履约保证保险费率', '1.5%（按贷款金额一次性收取）'],
        ['履约保证保险费', '15,000.00'],
        ['实际到账金额', '985,000.00'],
      ],
      tables: [tableOf(['期次', '还款日期', '应还本金', '应还利息', '应还合计'], rows)],
    });
    expect(t.reading?.doubt ?? null).toBeNull();
    expect(t.statedRates.map((r) => r.kind)).not.toContain('fee-rate-monthly');
  });
});

describe('landing pages, bills and bonds', () => {
  it('reads a fee "（随本息一并收取）" as paid with the one repayment', () => {
    // 2,000 for 21 days at 0.06% a day: 25.20; the 140 fee with them: 2,165.20.
    const t = readSpec({
      pairs: [
        ['本金', '2,000.00 元'],
        ['利息（日利率0.06%，21天）', '25.20 元'],
        ['服务费（随本息一并收取）', '140.00 元'],
        ['借款日期', '2026-11-03'],
        ['到期日期', '2026-11-24'],
        ['借款期限', '21 天'],
        ['还款方式', '到期一次性还本付息'],
        ['借款金额', '2,000.00 元（已全额到账）'],
      ],
    });
    expect([t.received, amounts(t)]).toEqual(['2000.00', ['2165.20']]);
  });

  it('reads nothing from a landing page whose only repayment figure is an estimate’s range', () => {
    const raw = rawOf({
      pairs: [
        ['借多少', '15000'],
        ['借多久', '6期'],
        ['每月还款', '2543~2459元'],
      ],
      text: ['以上为估算区间，平台会根据您的信用属性，提供给您最终的借款金额、期限及费率'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('reads nothing from a guarantee that says it lends nothing', () => {
    const raw = rawOf({
      pairs: [
        ['业务品种', '工程履约保函（非融资性担保）'],
        ['担保期限', '12个月'],
        ['展期担保费率', '0.60%'],
      ],
      text: ['展期金额 300万元；展期期限 6个月（本保函不涉及放款，展期仅延长保证责任期间）。'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('takes a fee at payout when the 收取方式 right after it says so', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '10,000.00元'],
        ['借款期限', '6期（按月）'],
        ['月利率', '1.5%'],
        ['还款方式', '等额本息'],
        ['平台服务费', '800.00元'],
        ['收取方式', '放款时从借款金额中扣除'],
      ],
    });
    expect(t.received).toBe('9200.00');
  });
});

describe('a car instalment’s back-office record', () => {
  it('takes no rate the page defines as the whole term’s fee (执行利率为…总手续费率) for an annual one', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '63000.00'],
        ['执行利率', '6.80%'],
        ['贷款期数', '24期'],
        ['每期应还', '2829.00'],
        ['放款日期', '2025-09-18'],
      ],
      text: [
        '执行利率为银行信用卡分期的总手续费率：分期手续费 = 实际贷款额 × 6.80%，分24期平均收取（每期204.00元），不另计利息。',
      ],
    });
    expect(t.statedRates.map((r) => r.label)).not.toContain('执行利率');
  });
});
