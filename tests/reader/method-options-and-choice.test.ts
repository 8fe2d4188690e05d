/**
 * Round eighty's patterns. A product's 还款方式 that lists the methods a borrower may pick
 * ("等额本金、等额本息、按月付息到期还本，可自选") chooses none of them; the sentence that says which
 * one was picked ("选择 等额本金 还款") does (page 2940, a bank's worked example). Each expected
 * figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('a method chosen from the options a product lists', () => {
  it('takes the method the example chose, not the first option listed', () => {
    const t = readSpec({
      pairs: [
        ['额度', '1万元至50万元'],
        ['还款方式', '等额本金、等额本息、按月付息到期还本，可自选'],
      ],
      text: [
        '张老板申请岚e贷，获批并放款 120,000 元，期限 24 个月，选择 等额本金 还款，执行 年利率 4.20%。',
        '去年在别的银行借了80,000，年利率3.85%，等额本息，是不是比这个划算？',
      ],
    });
    expect(t.repaymentMethod).toBe('等额本金');
  });

  it('leaves the method open when the page names only the options', () => {
    // 12,000 over 12 months at 0.5 % a month: 等额本金 pays 1,000 + 60.00 first; 等额本息 pays
    // 12,000 × 0.005 / (1 − 1.005⁻¹²) = 1,032.80 every month. The page's 每期还款 says which.
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12个月'],
        ['月利率', '0.5%'],
        ['还款方式', '等额本息、等额本金，可自选'],
        ['每期还款', '1,032.80元'],
      ],
      text: [],
    });
    expect(t.repaymentMethod).toBe('等额本息');
  });
});

describe('a fee kept back, named in the borrower’s words', () => {
  // The 借条 says 80,000 at 1.5 % a month for 6 months (87,200 at the end); 78,800 arrived, and
  // 80,000 − 78,800 = 1,200 is the sum the post says was kept back as a 手续费.
  const iou = (kept: string) =>
    readSpec({
      pairs: [],
      text: [
        '今借到邵明远人民币80,000元（大写：捌万元整），借款期限6个月，月利率1.5%，到期一次性归还本金及利息，本息合计87,200元。',
        `但签完字他当天只转了78,800元，说扣下的${kept}元是“手续费”，借条上却写足了8万。`,
      ],
    });

  it('takes the fee when the amount lent less it is what arrived', () => {
    const t = iou('1,200');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['手续费', '1200.00'],
    ]);
  });

  it('takes no fee the page’s arithmetic does not bear out', () => {
    const t = iou('1,500');
    expect(t.fees.filter((f) => f.name === '手续费')).toEqual([]);
  });
});

describe('a bank a writer only points at', () => {
  it('is no lender: “另一家银行” names none', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '150,000.00元'],
        ['分期期数', '36期'],
      ],
      text: ['作为对比，另一家银行车贷广告上的“年化2.99%起”是厂家贴息车型才有的，我这台车不适用。'],
    });
    expect(t.lender.name).not.toBe('另一家银行');
  });
});

describe('the bank that issued the card, on the card’s own instalment', () => {
  const page = (issuer: string, text: string) =>
    readSpec({
      pairs: [
        ['发卡行', issuer],
        ['分期金额', '150,000.00元'],
        ['分期期数', '36期'],
        ['每期手续费率', '0.25%'],
      ],
      text: [text],
    });

  it('lends a 信用卡购车分期', () => {
    const t = page('沣溪银行股份有限公司', '剩下的150,000元办了沣溪银行的信用卡购车分期，36期。');
    expect([t.lender.type, t.lender.name]).toEqual(['bank', '沣溪银行股份有限公司']);
  });

  it('does not lend where the card is the borrower’s, with its number', () => {
    const t = page('澄江银行（尾号6618）', '本次信用卡购车分期由合作机构提供。');
    expect(t.lender.name).not.toBe('澄江银行');
  });
});

describe('numbered lines of one paragraph', () => {
  // "【合同里我划了线的两句】<br>1. …<br>2. …": each line a run of the same <p>.
  it('reads each numbered line as a clause of its own', () => {
    const raw = rawOf({
      pairs: [
        ['借款金额', '8,000.00元'],
        ['借款期限', '12期'],
        ['年利率（单利）', '10.80%'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '【合同里我划了线的两句】',
        '1. 逾期后按逾期本金每日0.05%收取罚息',
        '2. 提前结清需支付剩余本金2%的提前还款手续费，已收取的保险费不予退还',
      ],
    });
    const lines = raw.blocks.slice(-3);
    for (const b of lines) b.locator = 'body > p#desc';
    const t = readTerms(raw);
    expect(t?.prepayment?.text).toMatch(/^2\. 提前结清/);
    expect(t?.fees.filter((f) => f.when === 'overdue').map((f) => f.name)).toContain('罚息');
  });
});

describe('a three-line list item: title, note, figure', () => {
  // Vuetify's v-list-item three-line: "年利率（单利） | 月利率0.95%，按月计息 | 11.40%" and "出借机构 |
  // 资金由持牌消费金融公司提供 | 禾岚消费金融有限公司". The note under the title is no figure of the
  // title's and names no lender.
  const t = readSpec({
    pairs: [
      ['借款金额', '24,000.00元'],
      ['借款期限', '24期'],
      ['年利率（单利）', '月利率0.95%，按月计息，还款方式等额本息'],
      ['出借机构', '资金由持牌消费金融公司提供'],
    ],
    text: [
      '11.40%',
      '禾岚消费金融有限公司',
      '1. 借款由禾岚消费金融有限公司发放，年利率（单利）11.40%。',
    ],
  });

  it('reads the note’s 月利率 as a month’s rate', () => {
    expect(t.statedRates.filter((r) => r.value === '0.0095').map((r) => r.kind)).toEqual([
      'monthly',
    ]);
  });

  it('takes no “持牌消费金融公司” for a lender’s name', () => {
    expect(t.lender.name).toBe('禾岚消费金融有限公司');
  });
});

describe('a rate with two notes in brackets', () => {
  it('reads the figure before them', () => {
    // Quasar's q-item: the caption under 年利率 joined to its side value.
    const t = readSpec({
      pairs: [
        ['借款金额', '200,000.00元'],
        ['借款期限', '90天（2026-08-03 至 2026-11-01）'],
        ['年利率', '7.20%（单利）（按日计息，日利率 = 年利率 ÷ 360）'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['annual-simple', '0.072']);
  });
});

describe('a drawdown’s day on a credit line', () => {
  it('dates the loan: 用款日期', () => {
    const t = readSpec({
      pairs: [
        ['用款金额', '200,000.00元'],
        ['用款日期', '2026-08-03'],
        ['借款期限', '90天'],
        ['年利率', '7.20%'],
        ['还款方式', '到期一次性还本付息'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-08-03');
  });
});

describe('a rate’s label with another rate in its note', () => {
  it('reads both rates, each under its own name', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12期'],
        ['年利率（单利，月利率1.00%）', '12.00%'],
      ],
    });
    expect(t.statedRates.map((r) => [r.label, r.kind, r.value]).sort()).toEqual([
      ['年利率', 'annual-simple', '0.12'],
      ['月利率', 'monthly', '0.01'],
    ]);
  });
});

describe('a cash loan’s only fee taken at payout, and no word of interest', () => {
  // 20,000 for 30 days, 600 kept back, 19,400 arrives; 20,000 repaid on day 30.
  const page = (extra: [string, string][], text: string[] = []) =>
    readSpec({
      pairs: [
        ['借款金额', '20000.00元'],
        ['借款期限', '30天'],
        ...extra,
        ['到账金额', '19400.00元'],
      ],
      text: ['本服务资金由汀岚小额贷款有限公司提供', '到账金额 = 借款金额 - 综合费用', ...text],
    });

  it('is the one fee, and with no rate the principal alone is repaid', () => {
    const t = page([['综合费用', '600.00元']]);
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['综合费用', '600.00'],
    ]);
    expect(t.payments.map((p) => p.amount)).toEqual(['20000.00']);
  });

  it('is the sum of the fees the page names beside it, no fee of its own', () => {
    const t = page([
      ['服务费', '400.00元'],
      ['管理费', '200.00元'],
      ['综合费用', '600.00元'],
    ]);
    expect(t.fees.filter((f) => f.name === '综合费用')).toEqual([]);
  });

  it('is no more than the fee where the page speaks of interest it does not state', () => {
    const t = page([['综合费用', '600.00元']], ['借款利息以实际审批结果为准。']);
    expect(t.payments).toEqual([]);
  });

  it('leaves the interest to a rate the page states', () => {
    // 20,000 × 0.05 % × 30 = 300.00 of interest on top.
    const t = page([['综合费用', '600.00元']], ['日利率0.05%，到期一次性还本付息。']);
    expect(t.payments.map((p) => p.amount)).toEqual(['20300.00']);
  });
});

describe('a bullet loan’s ledger of interest counted each month', () => {
  it('keeps the 90 days: the rows are no instalments', () => {
    // 100,000 × 0.01 % × 90 = 900.00; one repayment of 100,900.00 on day 90.
    const t = readSpec({
      pairs: [
        ['贷款金额', '100,000.00 元'],
        ['贷款期限', '90天'],
        ['放款日期', '2026-08-03'],
        ['到期日期', '2026-11-01'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.01%'],
        ['到期应还本息', '100,900.00 元'],
      ],
      // ag-Grid's body rows, their header a separate element.
      tables: [
        tableOf(
          [],
          [
            ['2026-08-31', '29', '100,000.00', '0.01%', '290.00', '已计提'],
            ['2026-09-30', '30', '100,000.00', '0.01%', '300.00', '计提中'],
            ['2026-10-31', '31', '100,000.00', '0.01%', '310.00', '未到期'],
          ],
        ),
      ],
    });
    expect([t.termDays, t.termMonths]).toEqual([90, null]);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-11-01', '100900.00']]);
  });
});

describe('a lender a writer only points at, and a lender’s masked name', () => {
  const page = (lender: string) =>
    readSpec({
      pairs: [
        ['放款机构', lender],
        ['借款金额', '20,000.00元'],
        ['借款期限', '12个月'],
      ],
      text: [],
    });

  it('takes "某某…小额贷款有限公司" under a lender’s label as a small-loan company', () => {
    const t = page('某某网络小额贷款有限公司');
    expect([t.lender.type, t.lender.name]).toEqual(['small-loan', '某某网络小额贷款有限公司']);
  });

  it('names no bank where the page says only "某银行"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期限', '12个月'],
      ],
      text: ['上次去某银行问过，年利率比这个低。'],
    });
    expect(t.lender.name).toBeNull();
  });
});
