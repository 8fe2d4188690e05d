/**
 * Round seventy-seven's patterns: a plan whose paid rows carry the time each was paid beside the
 * due date (page 2832); a judgment search's list of cases (2870); a fee paid on every interest day
 * of a 先息后本 loan (2873); a statement of facts that opens with the day the contract was signed
 * (2873); a loan of so many days whose total the daily rate explains, beside a settlement offer in
 * periods (2874) — and a first loan's free days, which are no term (2616); a bridge loan's table of
 * items with their formulas, beside a calculator's default rate (2894); a factoring drawdown whose
 * interest is kept back at payout (2884); a mutual-aid fund's 占用费率 and "到期一次性还本" (2845); a
 * bill's 费用明细 heading (2859). Each expected figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { buildView } from '@/lib/reader/facts';
import { listsSeveralCases } from '@/lib/reader/not-a-loan';
import { amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('a plan with the time each paid row was paid', () => {
  it('dates each period by its due date, not by when it was paid', () => {
    // 3,000.00 over 3 months at 1.00 % a month, 等额本息: 3,000 × 0.01 / (1 − 1.01⁻³) = 1,020.07;
    // interest 30.00, 20.10, 10.10; the last 1,009.96 + 10.10 = 1,020.06.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款期限', '3个月'],
        ['还款方式', '等额本息'],
        ['月利率', '1.00%'],
      ],
      tables: [
        tableOf(
          ['期次', '到期日', '应还总额', '本金', '利息', '状态', '还款时间'],
          [
            ['1', '2026-04-14', '1,020.07', '990.07', '30.00', '已还', '2026-04-13 16:22'],
            ['2', '2026-05-14', '1,020.07', '999.97', '20.10', '待还', '—'],
            ['3', '2026-06-14', '1,020.06', '1,009.96', '10.10', '待还', '—'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-04-14', '2026-05-14', '2026-06-14']);
    expect(amountsOf(t)).toEqual(['1020.07', '1020.07', '1020.06']);
  });
});

describe('a list of court cases', () => {
  const item = (who: string, number: string, what: string): string[] => [
    `${who}借款合同纠纷一审民事判决书`,
    what,
    `案号：${number}`,
  ];

  const cases = (n: number): string[] =>
    [
      item('钟某平与罗某民间', '（2026）岚0105民初1826号', '借款120,000元，借期6个月，年利率12%。'),
      item('某小额贷款公司与沈某', '（2026）岚0108民初733号', '借款金额20,000元，期限12个月。'),
      item(
        '某消费金融公司与周某',
        '（2026）岚0105民初1420号',
        '借款36,000元，分24期等额本息还款。',
      ),
    ]
      .slice(0, n)
      .flat();

  it('takes three cases, each under its own 案号, for a list of other people’s loans', () => {
    expect(listsSeveralCases(buildView(rawOf({ text: cases(3) })))).toBe(true);
    expect(listsSeveralCases(buildView(rawOf({ text: cases(1) })))).toBe(false);
  });

  it('still reads the loan of one judgment that names its own case', () => {
    const t = readSpec({
      text: ['案号：（2026）岚0105民初1826号'],
      pairs: [
        ['借款金额', '120,000.00元'],
        ['借款期限', '6个月'],
        ['还款方式', '到期一次性还本付息'],
        ['年利率', '24%'],
      ],
    });
    expect(t.principal).toBe('120000.00');
  });
});

describe('clauses of a statement of facts', () => {
  it('takes a fee paid on every interest day as a fee of each period', () => {
    // 200,000.00 先息后本 at 14.4 % a year: 2,400.00 interest a month, and 1,000.00 咨询服务费 with it.
    const t = readSpec({
      pairs: [
        ['借款金额', '200,000.00元'],
        ['借款期限', '6个月'],
        ['还款方式', '先息后本'],
        ['年利率', '14.4%'],
      ],
      text: [
        '被申请人与申请人的关联方签订《咨询服务协议》，约定被申请人在每个付息日随利息支付咨询服务费1,000元，即每个付息日合计应付3,400元。',
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['咨询服务费', '1000.00'],
    ]);
  });

  it('dates the contract by the day a statement of facts opens with', () => {
    const t = readSpec({
      text: [
        '2025年7月8日，申请人鹭汀小额贷款有限公司与被申请人张某签订《借款合同》，约定申请人向被申请人出借200,000元。',
      ],
      pairs: [
        ['借款金额', '200,000.00元'],
        ['借款期限', '6个月'],
        ['还款方式', '先息后本'],
        ['年利率', '14.4%'],
      ],
    });
    expect(t.contractDate).toBe('2025-07-08');
  });
});

describe('a loan of so many days, repaid at once', () => {
  it('runs for the days its daily rate explains, not the periods of a settlement offer', () => {
    // 8,000 × (1 + 0.05 % × 90) = 8,360.00: ninety days; three months would be the 分3期 offer's.
    const t = readSpec({
      pairs: [
        ['借款金额', '8,000元'],
        ['借款期限', '90天'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.05%'],
        ['到期应还本息', '8,360元'],
      ],
      text: ['协商阶段：主张以7,440元为本金计算借期内利息，并提出分3期偿还的方案。'],
    });
    expect([t.termMonths, t.termDays]).toEqual([null, 90]);
  });

  it('does not take a first loan’s free days for the term', () => {
    // 3,000 × 0.05 % × 7 = 10.50: only the last 7 of the 14 days bear interest.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['到期应还', '3,010.50元'],
      ],
      text: [
        '新人首借7天免息券已自动使用：免除借款前7天利息，第8天起按日利率0.05%计息，到期一次性还本付息。',
      ],
    });
    expect(t.termDays).toBe(14);
  });
});

describe('a bridge loan beside a calculator', () => {
  // 300,000.00 for 15 days at 0.08 % a day: interest 300,000 × 0.0008 × 15 = 3,600.00; the 1.5 %
  // service fee 4,500.00 is kept back, so 295,500.00 arrives and 303,600.00 is repaid.
  const raw = rawOf({
    text: ['示例：客户于2026年7月1日办理垫资300,000.00元，期限15天，2026年7月16日到期。'],
    pairs: [
      ['利息', '日利率0.08%，按实际使用天数计算，到期一次性还本付息。'],
      ['日利率', '0.08%'],
    ],
    tables: [
      tableOf(
        ['项目', '计算方式', '金额（元）'],
        [
          ['垫资金额', '—', '300,000.00'],
          ['垫资服务费', '300,000.00 × 1.5%', '4,500.00'],
          ['实际到账', '垫资金额 − 垫资服务费', '295,500.00'],
          ['利息', '300,000.00 × 0.08% × 15天', '3,600.00'],
          ['到期应还本息', '2026-07-16 一次性归还', '303,600.00'],
        ],
        'body',
      ),
    ],
  });
  // The site's loan calculator, after the loan: its title, its default rate, its action.
  const at = raw.blocks.length;
  const base = raw.blocks[0];
  if (!base) throw new Error('no blocks');
  for (const text of ['贷款计算器', '年利率', '5.94%', '求每月还款额'])
    raw.blocks.push({ ...base, text, y: raw.blocks.length * 20 });
  raw.pairs.push({
    label: '年利率',
    value: '5.94%',
    via: 'same-element',
    labelBlock: at + 1,
    valueBlock: at + 2,
  });

  it('reads each item’s amount, not its formula', () => {
    const t = readTerms(raw);
    expect([t?.principal, t?.received]).toEqual(['300000.00', '295500.00']);
    expect(t?.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-16', '303600.00']]);
    expect(t?.disbursementDate).toBe('2026-07-01');
    expect(t ? upfrontNamed(t) : []).toEqual(['垫资服务费|4500.00']);
  });

  it('takes the calculator’s rate for an example, not the loan’s', () => {
    const t = readTerms(raw);
    const calc = t?.statedRates.find((r) => r.value === '0.0594');
    expect(calc?.context).toBe('example');
    expect(calc?.primary).not.toBe(true);
  });
});

describe('interest kept back at payout', () => {
  it('repays the principal alone at the end', () => {
    // 600,000.00 × 7.20 % × 180 / 360 = 21,600.00 taken at payout with a 6,000.00 fee:
    // 572,400.00 arrives, 600,000.00 is repaid.
    const t = readSpec({
      pairs: [
        ['本次申请放款金额', '600,000.00'],
        ['融资金额', '600,000.00元'],
        ['融资期限', '180天'],
        ['还款方式', '到期一次性还本付息'],
        ['年利率', '7.20%'],
      ],
      text: [
        '先收息：预收利息600,000.00×7.20%×180/360=21,600.00元于放款时扣收；保理服务费按融资金额1.00%计6,000.00元同时扣收；实际入账572,400.00元。',
      ],
    });
    expect(t.received).toBe('572400.00');
    expect(amountsOf(t)).toEqual(['600000.00']);
  });
});

describe('a mutual-aid fund’s loan', () => {
  it('reads its 占用费率 as the rate and "到期一次性还本" as one repayment', () => {
    // 6,000.00 for 12 months at 6 %: 360.00 taken in advance, 5,640.00 paid out, 6,000.00 repaid.
    const t = readSpec({
      pairs: [
        ['借款金额', '6000.00'],
        ['借款占用费率', '6%'],
        ['互助金占用费', '360.00'],
        ['实际发放金额', '5640.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '到期一次性还本'],
      ],
      text: ['占用费已于放款时预收，到期归还借款本金6000.00元。'],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.06']]);
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(amountsOf(t)).toEqual(['6000.00']);
  });
});

describe('an overdue bill', () => {
  it('takes no 费用明细 heading for a fee', () => {
    // 5,000.00 for 14 days at 0.05 % a day: 5,035.00 was due; with 35.00 罚息 and 70.49 逾期管理费,
    // 5,140.49 now.
    const t = readSpec({
      pairs: [
        ['借款金额', '5,000.00元'],
        ['借款期限', '14天'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.05%'],
        ['快速审核费', '250.00元'],
        ['实际到账', '4,750.00元'],
        ['费用明细', '5,140.49'],
        ['利息（14天）', '35.00'],
        ['罚息（7天）', '35.00'],
        ['逾期管理费（7天）', '70.49'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['快速审核费|250.00']);
  });
});
