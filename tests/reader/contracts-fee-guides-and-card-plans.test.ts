/**
 * Loans as factoring and P2P contracts, signed orders, product pages, fee guides and P2P bills
 * state them: what is left to the borrower after a fee ("实际收款金额为…"), a fee stated with its
 * share before its figure, a clause about where the money goes is no lender, boxes ticked and not
 * ticked, a term counted from the payout, the amount paid out under a contract, the months equal
 * instalments come to, a plan's parts repeated on its cards, 内部收益率, a pointer to where a charge
 * is shown, a fee guide, a broker's product page, a plan that writes its equal periods once, a fee
 * repaid at maturity with its example's amount before it. Each expected figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const upfront = (t: { fees: { when: string; name: string; amount?: string }[] }): string[][] =>
  t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount ?? '']);

describe('a factoring contract that takes its fee from the amount paid out', () => {
  it('reads what the borrower actually receives from the clause that states it', () => {
    // 放款金额 300,000.00 less 保理服务费 6,000.00 (2.00%) = 294,000.00, the 实际收款金额 the clause
    // states: the borrower receives 294,000.00, not the 300,000.00 paid out.
    const t = readSpec({
      pairs: [
        ['申请融资金额', '300,000.00 元'],
        ['融资期限', '6个月'],
        // The scanner pairs the clause's words with the figure filled into it.
        ['一、本次保理融资放款金额为人民币', '300,000.00'],
      ],
      text: [
        '二、保理融资利率为年化10.80%（月利率0.90%）。',
        '五、保理服务费：按融资金额的2.00%计收，计人民币6,000.00元，由甲方在放款时从放款金额中直接扣收，乙方实际收款金额为人民币294,000.00元。',
      ],
    });
    expect(t.principal).toBe('300000.00');
    expect(t.received).toBe('294000.00');
    expect(upfront(t)).toEqual([['保理服务费', '6000.00']]);
  });

  it('takes the amount paid out under the contract as the amount lent when nothing else is', () => {
    // 800,000.00 at 9.60% a year, 按月付息 for 3 months (the box ticked): 800,000 × 0.8% = 6,400.00
    // a month, the principal with the last; no fee ("不收取保理服务费").
    // The scanner pairs the clause's words with the figure filled into it.
    const t = readSpec({
      pairs: [['一、本次保理融资放款金额为人民币', '800,000.00']],
      text: [
        '元，以甲方实际放款金额为准。',
        '二、保理融资利率为年化9.60%（单利，按月计息，月利率为年化利率除以12）。',
        '三、本次保理融资期限为自实际放款之日起3个月。',
        '四、本次融资的还款付息方式为：',
        '□1月，随借随还；',
        '☑3月，按月付息，到期还本并结清剩余利息；',
        '□6月，等额本息；',
        '五、本笔融资不收取保理服务费、手续费或其他任何费用。',
      ],
    });
    expect(t.principal).toBe('800000.00');
    expect(t.termMonths).toBe(3);
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.payments.map((p) => p.amount)).toEqual(['6400.00', '6400.00', '806400.00']);
  });
});

describe('a printed form with its alternatives boxed', () => {
  it('reads the ticked option, not the first one named', () => {
    // □ 按月付息，到期还本 is not chosen; ☑ 等额本息 is.
    const t = readSpec({
      pairs: [
        ['借款金额', '60,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '12.00%'],
      ],
      text: ['还款方式：', '□ 按月付息，到期还本；', '☑ 按月等额本息；', '□ 到期一次性还本付息；'],
    });
    expect(t.repaymentMethod).toBe('等额本息');
  });
});

describe('a P2P loan agreement that deducts its platform fee before withdrawal', () => {
  const clauses = [
    '1.借款金额为本金人民币：100,000.00元',
    '2.借款期限为12个月。',
    '3.年利率为10.80%，月利率=年利率/12。',
    '2.借款人不可撤销地授权丙方或存管银行，在借款人提现前扣除本合同约定的相关费用（见第六条），再允许借款人提现至其银行账户。',
    '1.借款人按月付息、到期还本：每月18日支付当月利息900.00元，借款到期日归还全部本金并支付最后一期利息。',
    '1.丙方就本合同借款提供的居间、审核及贷后服务，向借款人收取平台服务费，为借款本金的6.00%，计人民币6,000.00元。',
    '2.平台服务费于放款时在借款人提现前从借款资金中一次性扣除，借款人实际可提现金额为94,000.00元；借款本金及利息仍按100,000.00元计算。',
  ];

  it('reads the fee named with its share before its figure as taken at payout', () => {
    // 6.00% of 100,000.00 = 6,000.00, taken before withdrawal: 94,000.00 received.
    const t = readSpec({ text: clauses });
    expect(upfront(t)).toEqual([['平台服务费', '6000.00']]);
    expect(t.received).toBe('94000.00');
  });

  it('names no bank as lender from a clause about where the money goes', () => {
    const t = readSpec({ text: clauses });
    expect(t.lenderType).not.toBe('bank');
    expect(t.lender.name ?? '').not.toContain('提现');
  });
});

describe('equal instalments with no term stated', () => {
  it('works out the months from the instalment at the page’s own rate', () => {
    // 50,000 at 1.00% a month, 等额本息: 50,000 × 0.01 / (1 − 1.01^−12) = 4,442.44 — twelve months
    // and no other count. The 4,000 fee came out at payout (实际到账 46,000).
    const t = readSpec({
      pairs: [
        ['申请金额', '50000 元'],
        ['年化利率', '12.00%（月利率1.00%）'],
        ['还款方式', '等额本息，每月10日还款'],
        ['实际到账', '46,000.00元'],
        ['还款金额', '4,442.44 元'],
      ],
    });
    expect(t.termMonths).toBe(12);
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.amount).toBe('4442.44');
  });
});

describe('a plan written as cards of 时间 · 本金 · 利息', () => {
  it('takes no card’s principal part for the amount lent', () => {
    // Three cards, 本金 1666.67 / 1666.67 / 1666.66: parts of the 5,000.00 lent, not the loan.
    const t = readSpec({
      pairs: [
        ['本金', '1666.67'],
        ['利息', '151.90'],
        ['本金', '1666.67'],
        ['利息', '98.00'],
        ['本金', '1666.66'],
        ['利息', '50.63'],
        ['借款金额', '5,000.00元'],
        ['贷款期数', '3期'],
        ['日利率', '0.098%'],
      ],
    });
    expect(t.principal).toBe('5000.00');
  });
});

describe('rates a page names in its own words', () => {
  it('reads 内部收益率 as the annual IRR of the loan', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥2,000,000.00'],
        ['借款周期', '9 月'],
        ['还款方式', '到期一次性还本付息'],
        ['月利率', '1.10%'],
        ['总内部收益率', '15.43%'],
      ],
    });
    expect(t.statedRates.find((r) => r.value === '0.1543')?.kind).toBe('annual-irr');
  });

  it('hears no prepayment charge in a pointer to where it is shown', () => {
    // "请在“提前还款”中查看违约金" says where to look, not that one is charged.
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '12.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['逾期罚息按逾期本息每日0.05%计收。如需提前结清，请在“提前还款”中查看违约金。'],
    });
    expect(t.prepayment?.penalty ?? false).toBe(false);
  });
});

describe('pages about a product, not a loan of the reader’s', () => {
  it('reads a fee guide that names no amount lent as no loan', () => {
    // Its sections, each heading paired with its paragraph as the scanner pairs them.
    const raw = rawOf({
      title: '费用说明',
      lead: ['费用说明'],
      pairs: [
        [
          '一、贷款费用说明',
          '利息按实际用款天数计算，日息依客户资质分为0.3‰、0.4‰、0.5‰、0.6‰、0.98‰五档。借款期限可选3个月、6个月或12个月；如需提前一次性结清，另收全部借款金额的2%作为提前还款违约金。',
        ],
        [
          '二、逾期费用说明',
          '借款未按期归还时，将按借款金额所在区间逐日收取逾期综合费用，标准如下：',
        ],
        // The overdue table's header, paired with itself: "本金金额" names no amount here.
        ['本金金额', '逾期综合费用/天'],
        [
          '四、举例说明',
          '以借款1,000元、日息0.5‰、按日计息30天为例：利息 = 1000 × 0.5‰ × 30 = 15元，到期应还1,015元。此例仅用于说明计算方法，不代表您的实际借款。',
        ],
      ],
      tables: [
        tableOf(
          ['本金金额', '逾期综合费用/天'],
          [
            ['0~5000元（含）', '5元'],
            ['5000元~10000元（含）', '10元'],
          ],
        ),
      ],
      text: ['最高可借20,000元 · “易来贷”由澄源互娱与江岚消费金融有限公司联合打造'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('reads a broker’s product page by its worked example', () => {
    // 100,000 over 24 months at 4.68% (0.39% a month), 等额本息: 4,372.82 a month.
    const t = readSpec({
      pairs: [
        ['额度范围', '1-30 万'],
        ['借款期限', '12-36 个月'],
      ],
      text: [
        '年化利率（单利）4.68%起，按月等额本息还款，实际利率以银行审批结果为准。',
        '以借款10万元、期限24个月、年化利率4.68%为例：月利率0.39%，每月还款4,372.82元，最后一期还款4,372.90元。',
        '报单',
      ],
    });
    expect(t.principal).toBe('100000.00');
    expect(t.termMonths).toBe(24);
    expect(t.payments[0]?.amount).toBe('4372.82');
  });
});

describe('a plan that writes its equal periods once', () => {
  it('reads "第1-23期" as twenty-three rows', () => {
    // 50,000 over 24 months at 9.6%: 2,298.03 + 担保费 250 + 账户管理费 125 = 2,673.03 in periods
    // 1–23, 2,672.93 in the 24th.
    const t = readSpec({
      pairs: [
        ['借款期限', '24期'],
        ['利息', '9.6 %'],
      ],
      text: ['以借款50000元、24期为例，每期还款构成如下：'],
      tables: [
        tableOf(
          ['期次', '月供本息', '担保费', '账户管理费', '每期合计'],
          [
            ['第1-23期', '2,298.03', '250.00', '125.00', '2,673.03'],
            ['第24期', '2,297.93', '250.00', '125.00', '2,672.93'],
            ['合计', '55,152.62', '6,000.00', '3,000.00', '64,152.62'],
          ],
        ),
      ],
    });
    expect(t.payments).toHaveLength(24);
    expect(t.payments[22]?.amount).toBe('2673.03');
    expect(t.payments[23]?.amount).toBe('2672.93');
  });
});

describe('a 30-day loan with a fee repaid at maturity', () => {
  it('reads the fee, not the amount in its example, and the loan’s 30 days', () => {
    // 3,000 × 0.05% × 30 = 45 interest; the 5% fee (150) is repaid with it: 3,195 at day 30.
    const t = readSpec({
      pairs: [
        ['额度范围', '0.1-0.5 万'],
        ['借款期限', '1 个月'],
      ],
      text: [
        '日利率0.05%（折合年化利率18.25%），按日计息，到期一次性还本付息。',
        '以借款3000元、借款30天为例：利息为3000×0.05%×30=45元。',
        '每笔借款收取借款金额5%的综合服务费（借款3000元收取150元），放款时不扣除，到期与本金、利息一并归还：到期应还3195元。',
        '立即申请',
      ],
    });
    expect(t.received).toBe('3000.00');
    expect(t.termDays).toBe(30);
    expect(upfront(t)).toEqual([]);
    expect(t.fees.find((f) => f.name === '综合服务费')?.amount).toBe('150.00');
  });
});

describe('an extension (展期) beside the loan it extends', () => {
  it('reads the extension block of a back office, not the loan paid out before it', () => {
    // 1,200,000 extended 6 months at the loan's 5.50%: 1,200,000 × 5.5% / 12 = 5,500.00 a month,
    // the principal with the last; the 18,000.00 guarantee fee is paid on the day it starts. The
    // guarantee's 评审费率 3.00‰, named first, prices nothing.
    const t = readSpec({
      pairs: [
        ['评审费率', '3.00‰'],
        ['放款金额', '120万元'],
        ['期限', '12个月'],
        ['年利率', '5.50％'],
        ['借据起始日期', '2025-03-15'],
        ['借据到期日期', '2026-03-15'],
        ['展期金额', '120万元'],
        ['期限', '6个月'],
        ['展期起始日期', '2026-03-15'],
        ['展期到期日期', '2026-09-15'],
        [
          '展期说明',
          '展期期间仍按借据年利率计息，每月15日结息，展期到期日一次归还全部本金；展期担保费 = 展期金额 × 展期担保费率（计18,000.00元），由借款人于展期起始日一次性缴纳至本公司。',
        ],
      ],
    });
    expect(t.principal).toBe('1200000.00');
    expect(t.termMonths).toBe(6);
    expect(t.disbursementDate).toBe('2026-03-15');
    expect(t.repaymentMethod).toBe('先息后本');
    expect(upfront(t)).toEqual([['展期担保费', '18000.00']]);
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array.from({ length: 5 }, () => '5500.00'),
      '1205500.00',
    ]);
  });

  it('reads the amount extended from a bank form’s reason, in words', () => {
    // 300,000 left of 500,000, extended 12 months at 5.22%, interest monthly: 1,305.00 a month.
    const t = readSpec({
      title: '贷款展期业务审批表',
      pairs: [
        ['原贷款日期', '2025-06-20'],
        ['原贷款金额', '(大写) 伍拾万元整'],
        ['原到期日期', '2026-06-20'],
        ['利率(%)', '5.22'],
        [
          '申请展期还款理由',
          '原贷款已按期付息并于到期前归还本金贰拾万元。受工程款回笼推迟影响，剩余本金叁拾万元申请展期12个月，自2026-06-20起至2027-06-20止。展期期间执行年利率5.22%，按月付息（每月20日结息），展期到期日一次归还全部本金；本次展期不收取手续费或其他费用。',
        ],
      ],
    });
    expect(t.principal).toBe('300000.00');
    expect(t.termMonths).toBe(12);
    expect(t.payments[0]?.amount).toBe('1305.00');
    expect(t.payments.at(-1)?.amount).toBe('301305.00');
  });

  it('runs an extension from the old due date when it names no start', () => {
    // 50,000 extended 6 months to 2026-09-15 from the old due date 2026-03-15, repaid at once:
    // 50,000 × 7.8% × 6/12 = 1,950 interest, 51,950.00 in all.
    const t = readSpec({
      title: '贷款展期业务审批表',
      pairs: [
        ['原贷款金额', '(大写) 捌万元整'],
        ['原到期日期', '2026-03-15'],
        ['利率(%)', '7.80'],
        [
          '申请展期还款理由',
          '原贷款捌万元已还叁万元，现申请将剩余伍万元展期6个月至2026-09-15。展期期间执行年利率7.80%，利息随本金于展期到期日一次性结清（到期一次还本付息）；不收取展期手续费。',
        ],
      ],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.disbursementDate).toBe('2026-03-15');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-15', '51950.00']]);
  });
});
