/**
 * Back-office records and contracts read by their own arithmetic: a plan table's columns chosen by
 * their sums (what is owed over what was paid, the total with its fee columns in it, numbered
 * parts left out), a plan-only record's principal from its balloon row, a plan drawn as two tables
 * side by side, a contract's option chosen by number, a fee lent with the loan or paid with the
 * last repayment, a term of whole 30-day months, units written in a label, an overdue total that
 * holds its late charge, fees listed beside an instalment the page states with them in it, and an
 * IOU repaid at once. Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import type { RawTable } from '@/lib/model/extraction';
import { rawOf, type RawSpec, readSpec } from '../support/raw';

const table = (headers: string[], rows: string[][]): RawTable => ({
  locator: `#t${String(headers.length)}`,
  headers,
  rows,
  finePrint: false,
});

describe('a plan table', () => {
  it('reads what is owed, not what was paid, and a total no smaller than its parts', () => {
    // 待还 columns beside 已还 ones that are 0.00 on rows not yet due; 线下还款金额 0.00 is no
    // instalment. Interest-only: 30.00, 30.00, then 3,000 + 30 = 3,030.00.
    const t = readSpec({
      pairs: [['借款金额', '3000元']],
      tables: [
        table(
          [
            '期数',
            '待还本金',
            '本金还款金额',
            '待还利息',
            '利息还款金额',
            '线下还款金额',
            '应还款时间',
          ],
          [
            ['1', '0.00', '0.00', '30.00', '30.00', '0.00', '2026-02-08'],
            ['2', '0.00', '0.00', '30.00', '0.00', '0.00', '2026-03-08'],
            ['3', '3000.00', '0.00', '30.00', '0.00', '0.00', '2026-04-08'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['30.00', '30.00', '3030.00']);
  });

  it('takes the total with the fee columns in it, and a record’s principal from its balloon row', () => {
    // 应付金额 65.00 = 还款本息 50.00 + 还款服务费 15.00; no amount borrowed is stated: the last
    // row repays 5,050.00 − 50.00 = 5,000.00 more than the others, the principal.
    const t = readSpec({
      tables: [
        table(
          // The period column is found by its cells ("1/3"), after an order number.
          ['项目编号', '进度', '还款本息', '还款服务费', '应付金额', '计划还款日期'],
          [
            ['JX-01', '1/3', '￥50.00', '￥15.00', '￥65.00', '2026-01-15'],
            ['JX-01', '2/3', '￥50.00', '￥15.00', '￥65.00', '2026-02-15'],
            ['JX-01', '3/3', '￥5,050.00', '￥15.00', '￥5,065.00', '2026-03-15'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('5000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['65.00', '65.00', '5065.00']);
  });

  it('counts a fee once when numbered columns are its parts', () => {
    // 管理费 80.00 = 管理费1 80.00 + 管理费2 0.00: 779.75 + 120.00 + 80.00 = 979.75.
    const t = readSpec({
      pairs: [['借款金额', '1559.50元']],
      tables: [
        table(
          [
            '期数',
            '应还本金(元)',
            '应还利息(元)',
            '管理费(元)',
            '管理费1(元)',
            '管理费2(元)',
            '应还款日',
          ],
          [
            ['1', '779.75', '120.00', '80.00', '80.00', '0.00', '2026-02-10'],
            ['2', '779.75', '110.64', '80.00', '80.00', '0.00', '2026-03-10'],
          ],
        ),
      ],
    });
    expect(t.payments[0]?.amount).toBe('979.75');
  });

  it('reads two tables side by side, row for row, as one plan', () => {
    // 1,585.77 + 180.00 + 120.00 = 1,885.77; the 担保费 column is a fee, not the instalment.
    const t = readSpec({
      pairs: [['提现金额', '3185.77']],
      tables: [
        table(
          ['期数', '还款日期'],
          [
            ['1', '2026-04-12'],
            ['2', '2026-05-12'],
          ],
        ),
        table(
          ['应还本金', '应还利息', '应还担保费'],
          [
            ['1585.77', '180.00', '120.00'],
            ['1600.00', '165.73', '120.00'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-12', '1885.77'],
      ['2026-05-12', '1885.73'],
    ]);
  });

  it('takes rows dated one after another as periods, without the late charges in a row', () => {
    // No period column (逾期天数 0 · 18): period 2's 应还金额 1,026.85 = 973.33 + 追期费 36.00 +
    // 滞纳金 17.52, so its instalment is 833.33 + 50.00 + 90.00 = 973.33.
    const t = readSpec({
      pairs: [['借款金额', '1666.66']],
      tables: [
        table(
          [
            '逾期天数',
            '应还金额（元）',
            '本金（元）',
            '利息（元）',
            '服务费（元）',
            '追期费（元）',
            '滞纳金（元）',
            '还款日期',
          ],
          [
            ['0', '973.33', '833.33', '50.00', '90.00', '0.00', '0.00', '2026-01-15'],
            ['18', '1026.85', '833.33', '50.00', '90.00', '36.00', '17.52', '2026-02-15'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['973.33', '973.33']);
  });

  it('is no loan of the reader when money comes in (an investor’s 回款计划)', () => {
    const t = readTerms(
      rawOf({
        pairs: [['投资金额', '10000.00元']],
        tables: [
          table(
            ['期数', '应回款时间', '应回款金额(元)', '应收本金(元)', '应收利息(元)'],
            [
              ['1', '2026-01-15', '75.00', '0.00', '75.00'],
              ['2', '2026-02-15', '10075.00', '10000.00', '75.00'],
            ],
          ),
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a contract', () => {
  const contract = (chosen: 1 | 2): RawSpec => ({
    text: [
      '(1)借款金额：人民币10,000.00元;',
      '(2)借款期限90天;',
      '(3)借款利率年化9%，信息服务费600.00元;',
      '(5)还款方式:到期一次性还本付息;',
      `4.2 信息服务费的具体支付方式有两种，本协议采取第【${String(chosen)}】种方式`,
      '(1)借款人在到期偿还借款本息时，将信息服务费一并支付给服务商。',
      '(2)借款人委托服务商在借款发放时，从借款本金中直接扣除全部应付信息服务费。',
    ],
  });
  // Interest: 10,000 × 9% × 90 / 365 = 221.92.

  it('takes the fee from the principal when the option chosen by number deducts it', () => {
    const t = readSpec(contract(2));
    expect(t.received).toBe('9400.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['10221.92']);
  });

  it('adds the fee to the last repayment when the option chosen pays it then', () => {
    const t = readSpec(contract(1));
    expect(t.received).toBe('10000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['10821.92']);
  });

  it('reads the repayment method chosen by number, also across runs or beside option 1', () => {
    // 12,000 over 12 months, 等本等息: 1,000 + 120 = 1,120.00 a month. Options 1 and 3 and the
    // clause after the list ("若…约定为到期一次还本付息") name other methods.
    const options = [
      '2. 按月等本等息还款；',
      '3. 按月等额付息，到期一次还本。',
      '第四条 若第三条约定为到期一次还本付息，则乙方应于期限届满当天全额清偿。',
    ];
    const pairs: [string, string][] = [
      ['借款金额', '12000.00元'],
      ['借款期限', '12个月'],
      ['每月应还金额', '1120.00元'],
    ];
    const acrossRuns = readSpec({
      pairs,
      text: ['还款方式为以下第', '2', '种：', '1. 到期一次还本付息；', ...options],
    });
    const withOptionOne = readSpec({
      pairs,
      text: ['还款方式为以下第 2 种：1. 到期一次还本付息；', ...options],
    });
    for (const t of [acrossRuns, withOptionOne]) {
      expect(t.repaymentMethod).toBe('等本等息');
      expect(t.payments.map((p) => p.amount)).toEqual(Array<string>(12).fill('1120.00'));
    }
  });

  it('counts a term of whole 30-day months as monthly periods under a monthly method', () => {
    // 180 days, 按月付息: 6 periods of 120,000 × 10.8% / 12 = 1,080.00, the principal with the last.
    const t = readSpec({
      text: [
        '借款金额：人民币120,000.00元;',
        '借款期限180天;',
        '借款利率年化10.8%;',
        '还款方式：按月付息、到期还本。',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array<string>(5).fill('1080.00'),
      '121080.00',
    ]);
  });

  it('takes a fee lent with the loan off what is received', () => {
    // 融资额 50,000 holds a 2,000 fee never paid out: 48,000 received. The price less the down
    // payment (60,000 − 12,000) is not the amount the page names under its own label.
    const t = readSpec({
      pairs: [
        ['车价', '60000.00元'],
        ['首付', '12000.00元'],
        ['融资额', '50000.00元'],
        ['月供', '1660.72'],
      ],
      text: ['贷款期限36期，按月等额还款；金融服务费2000.00元计入融资额，不另行支付。'],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.received).toBe('48000.00');
  });
});

describe('units and words around a figure', () => {
  it('reads a rate whose unit is in its label, and one whose period word leads the figure', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20000.00'],
        ['期数(月)', '12'],
        ['利率(%年）', '10.8000'],
        ['借款费率', '年化14.40%'],
        ['年转化率', '15%'],
      ],
    });
    const annual = t.statedRates.filter((r) => r.kind === 'annual-simple').map((r) => r.value);
    expect(annual).toEqual(expect.arrayContaining(['0.108', '0.144', '0.15']));
  });

  it('reads an amount in the unit its label names', () => {
    // 融资金额(万元) 600 is 6,000,000 yuan.
    const t = readSpec({
      pairs: [
        ['融资金额(万元)', '600'],
        ['融资期限(天)', '60'],
      ],
      text: ['年利率10%，到期一次性还本付息。'],
    });
    expect(t.principal).toBe('6000000.00');
  });

  it('does not read a share of the amount as the amount', () => {
    const t = readTerms(
      rawOf({
        text: [
          '资方审批通过：二抵借款20万元，期限6个月，月息1.5%，先息后本。',
          '本公司服务费按借款金额3%收取，共6,000元，以上费用均在放款时从借款中扣除。',
        ],
      }),
    );
    expect(t?.principal ?? null).not.toBe('6000.00');
  });
});

describe('overdue figures', () => {
  it('takes the late charge out of a total the page’s own figures add up to', () => {
    // 45,000 + 900 + 405 = 46,305: the loan's repayment is 46,305 − 405 = 45,900.00.
    const t = readSpec({
      pairs: [
        ['还款总金额', '46305.00'],
        ['支用额度', '45000.00'],
        ['保理费&利息', '900.00'],
        ['滞纳金', '405.00'],
        ['放款日期', '2026-03-02'],
        ['到期还款日', '2026-05-01'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['45900.00']);
  });

  it('charges listed fees every period when an instalment is stated with them in it', () => {
    // 先息后本 at 1% a month on 50,000: 500.00 a month; 500 + 1,000 + 100 = 1,600.00, the page's
    // 最低还款金额, so 管理费 and GPS费用 are in every instalment.
    const t = readSpec({
      pairs: [
        ['审批金额', '¥50,000.00'],
        ['年利率', '12.00%'],
        ['借款期限', '12 个月'],
        ['还款方式', '先息后本'],
        ['还款利息', '500.00元'],
        ['管理费', '1000.00'],
        ['GPS费用', '100.00'],
        ['最低还款金额', '1600.00'],
      ],
    });
    expect(t.payments[0]?.amount).toBe('1600.00');
    expect(t.payments.at(-1)?.amount).toBe('51600.00');
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.name)).toEqual([
      '管理费',
      'GPS费用',
    ]);
  });
});

describe('an IOU', () => {
  it('is repaid at once on its day, at the rate under a word the lexicon did not know', () => {
    // 10,000 × 15% × 3 / 12 = 375.00 over the three months from 2026-03-01 to 2026-06-01.
    const t = readSpec({
      lead: ['借条详情'],
      pairs: [
        ['借款金额', '10000.00'],
        ['借款日期', '2026-03-01'],
        ['还款日期', '2026-06-01'],
        ['年转化率', '15%'],
      ],
      text: ['你确定要还款吗？应还10375.00元'],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.payments.map((p) => p.amount)).toEqual(['10375.00']);
  });
});
