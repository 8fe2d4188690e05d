/**
 * Round thirty-three's patterns, from Vux and Mint UI cash-loan H5, antd-mobile repay pages and
 * Blade/WeUI freight-loan pages: plan and record cards whose only labels are on the parts, a fee
 * noted beside the amount received, a form's hint and a trial line that are no fee, 利息为每天, a
 * fee for paying late, the principal within a total, a queue of other people's applications, dates
 * drawn as calendar leaves, a lender named in a sentence, a rate tier the loan never reaches, a
 * 违约金 charged once, a charge run up so far, an account's bank, and a site named at the foot of
 * its page. Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

const cards = [
  // 3,000 in three cards; each card's parts add up to its amount:
  // 980.00 + 40.00 + 30.00 = 1,050.00; 993.07 + 26.93 + 30.00 = 1,050.00;
  // 1,026.93 + 13.07 + 30.00 = 1,070.00; principal 980 + 993.07 + 1,026.93 = 3,000.00.
  ['2026-02-10', '已还', '1050.00', '本金', '980.00', '利息', '40.00', '平台管理费', '30.00'],
  ['2026-03-10', '待还', '1050.00', '本金', '993.07', '利息', '26.93', '平台管理费', '30.00'],
  ['2026-04-10', '待还', '1070.00', '本金', '1026.93', '利息', '13.07', '平台管理费', '30.00'],
];

describe('plan cards labelled only on their parts', () => {
  it('are the plan where each card’s parts add up to its amount', () => {
    const t = readSpec({ pairs: [['借款金额', '3000.00元']], text: cards.flat() });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-02-10', '1050.00'],
      ['2026-03-10', '1050.00'],
      ['2026-04-10', '1070.00'],
    ]);
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['平台管理费', '30.00'],
    ]);
  });

  it('are no plan when one card’s parts do not add up', () => {
    // 1,060.00 ≠ 980.00 + 40.00 + 30.00: the figure under that date is something else.
    const broken = cards.map((c, i) => (i === 0 ? c.map((x, k) => (k === 2 ? '1060.00' : x)) : c));
    const t = readTerms(rawOf({ pairs: [['借款金额', '3000.00元']], text: broken.flat() }));
    expect(t?.payments ?? []).toEqual([]);
  });

  it('read a settled loan’s records, newest first, as its plan in time order', () => {
    // Each record: 还款金额 · date-time · ¥amount · 已还本金 · 已还利息 · 平台管理费 · 滞纳金 0.
    // 1,699.78 + 34.00 + 50.00 = 1,783.78 and so on; Σ 已还本金 = 5,000.00 is the amount lent.
    const record = (when: string, amount: string, p: string, i: string): string[] => [
      '还款金额',
      when,
      `¥${amount}`,
      '已还本金',
      p,
      '已还利息',
      i,
      '平台管理费',
      '50.00',
      '滞纳金',
      '0',
    ];
    const t = readSpec({
      title: '还款明细',
      text: [
        ...record('2026-04-08 10:03', '1783.78', '1699.78', '34.00'),
        ...record('2026-03-08 08:47', '1783.77', '1666.45', '67.32'),
        ...record('2026-02-08 09:12', '1783.77', '1633.77', '100.00'),
        '该笔借款已结清',
      ],
    });
    expect(t.principal).toBe('5000.00');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-02-08', '1783.77'],
      ['2026-03-08', '1783.77'],
      ['2026-04-08', '1783.78'],
    ]);
  });
});

describe('amounts and fees in a value', () => {
  it('reads the amount received before a note of the fee kept back', () => {
    // 10,000 − 300 = 9,700: the 手续费 was taken at payout.
    const t = readSpec({
      pairs: [
        ['借款金额', '10,000.00元'],
        ['实际放款金额', '9,700.00元 收取手续费300.00元'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
        ['到期应还金额', '10,150.00元'],
      ],
    });
    expect(t.received).toBe('9700.00');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['手续费', '300.00'],
    ]);
  });

  it('takes the principal within a total (含本金)', () => {
    // 12,000.00 + 637.83 + 864.00 = 13,501.83.
    const t = readSpec({
      pairs: [
        ['借款期数', '6个月'],
        ['共需还款', '13501.83元'],
        ['含本金', '12000.00'],
        ['利息', '637.83'],
        ['平台服务费', '864.00'],
      ],
    });
    expect(t.principal).toBe('12000.00');
    // …but one period's 其中本金 under its 还款金额 is no amount lent.
    const period = readTerms(
      rawOf({
        pairs: [
          ['贷款期限', '12 月'],
          ['还款方式', '等额本息（共12期）'],
          ['还款金额', '￥ 51,185.94'],
          ['其中本金', '￥ 49,725.47'],
          ['其中利息', '￥ 1,460.47'],
        ],
      }),
    );
    expect(period?.principal ?? null).not.toBe('49725.47');
    // …nor is one under this period's total ("本期实际应还本息 ￥4256.00（其中本金：￥4000.00…）").
    const due = readSpec({
      pairs: [
        ['借款金额', '￥48000.00'],
        ['年利率', '9.6%'],
        ['期限', '12个月'],
        ['本期实际应还本息', '￥4256.00'],
        ['其中本金', '￥4000.00'],
      ],
    });
    expect(due.principal).toBe('48000.00');
  });

  it('reads no fee and no amount from a form’s hint or a trial line', () => {
    const hint = readTerms(
      rawOf({
        title: '申请借款',
        pairs: [
          [
            '请按本单实际运费填写借款金额',
            '2000-20000元之间，须为100的整数倍，单笔借款最长可用60天。',
          ],
        ],
        text: ['提交借款申请'],
      }),
    );
    expect(hint).toBeNull();
    // 3,000 × 0.1% × 20 = 60.00 of interest: the trial line is the loan, and 利息为每天 a daily rate.
    const trial = readSpec({
      title: '申请借款',
      text: [
        '利息为每天 0.1%',
        '费用试算：借款 3,000.00 元，借 20 天，利息 60.00 元，到期应还 3,060.00 元（到期一次性还本付息）',
      ],
      pairs: [['借款金额', '3000']],
    });
    expect(trial.fees.filter((f) => f.when !== 'overdue')).toEqual([]);
    expect(trial.statedRates.map((r) => [r.kind, r.value])).toEqual([['daily', '0.001']]);
  });
});

describe('charges for paying late', () => {
  it('reads 延迟还款服务费 as a charge for paying late, not a fee of the loan', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '1,000.00元'],
        ['借款期限', '10天'],
        ['日利率', '0.06%'],
        ['到期应还', '1,006.00元'],
        ['延迟还款服务费', '5.00元'],
      ],
      text: ['逾期3天（含）以内不计罚息，每笔收取延迟还款服务费5元。'],
    });
    expect(t.received).toBe('1000.00');
    expect(t.fees.filter((f) => f.when !== 'overdue')).toEqual([]);
    expect(t.fees.some((f) => f.when === 'overdue' && f.name === '延迟还款服务费')).toBe(true);
  });

  it('reads a 违约金 of 2% of the principal once, and no charge from what has run up so far', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '15,000.00元'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
      ],
      text: [
        '逾期利率为本金的3‰/日；逾期时另收取本金2%的违约金。',
        '第4期已逾期12天，当前滞纳金19.91元',
      ],
    });
    const overdue = t.fees.filter((f) => f.when === 'overdue');
    expect(overdue.find((f) => f.name === '违约金')).toMatchObject({
      rate: '0.02',
      ratePer: 'once',
    });
    expect(overdue.some((f) => f.amount === '19.91')).toBe(false);
  });
});

describe('rates', () => {
  it('leaves a tier past the loan’s days as another case', () => {
    // 30 days: the rate "超过30天的部分" is never charged.
    const t = readSpec({
      pairs: [
        ['借款金额', '15,000.00元'],
        ['借款期限', '30天'],
      ],
      text: ['利息按日计收：用款前30天日利率为万分之5；超过30天的部分日利率为万分之7。'],
    });
    expect(t.statedRates.map((r) => [r.value, r.context ?? null])).toEqual([
      ['0.0005', null],
      ['0.0007', 'other-option'],
    ]);
  });
});

describe('pages of other people’s loans', () => {
  it('reads no terms from a queue of several borrowers’ applications', () => {
    const t = readTerms(
      rawOf({
        title: '借款审核',
        pairs: [
          ['借款人', '韩栖梧'],
          ['借款金额', '2000.00 元'],
          ['借款天数', '借 10 天'],
          ['借款人', '邵砚秋'],
          ['借款金额', '4500.00 元'],
          ['借款天数', '借 30 天'],
        ],
        text: ['利息统一按每天0.1%计收，到期一次性结清。'],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('dates and parties', () => {
  it('reads dates drawn as calendar leaves and a lender named in a sentence', () => {
    const t = readSpec({
      title: '借条详情',
      pairs: [['借款金额', '6000 元']],
      text: [
        '05 日',
        '出借日2026年3月',
        '03 日',
        '还款日2026年6月',
        '1.出借人周以宁向您发起借条：借款期限90天，约定年化利率18%（按365天计），到期应还本息合计6266.30元，其中利息266.30元。',
      ],
    });
    expect(t.disbursementDate).toBe('2026-03-05');
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-06-03']);
    expect(t.lender.name).toBe('周以宁');
    expect(t.lenderType).toBe('private');
    const other = readSpec({
      title: '借条详情',
      pairs: [
        ['借款金额', '3000元'],
        ['借款期限', '60天'],
        ['年化利率', '10%'],
      ],
      text: ['1.您（出借人韩子墨）出借的本笔借款到期应还本息3049.32元。'],
    });
    expect(other.lender.name).toBe('韩子墨');
  });

  it('reads the signing day and the span of a contract', () => {
    const t = readSpec({
      title: '借款协议',
      pairs: [
        ['借款金额', '15,000.00元'],
        ['借款期限', '30天，自2026年7月1日起至2026年7月31日止'],
      ],
      text: ['本协议由以下三方于2026年7月1日签署：'],
    });
    expect(t.contractDate).toBe('2026-07-01');
    expect(t.disbursementDate).toBe('2026-07-01');
  });

  it('takes no lender from the bank of an account under its masked number', () => {
    const t = readSpec({
      title: '还款列表',
      pairs: [['收款账户', '祁望舒']],
      text: [
        '6225 **** **** 3086',
        '青屿银行江岸支行',
        '借款金额 5,000.00 元',
        '借款天数 10 天',
        '待还本息 5,050.00 元',
        '好帮手 · 小额周转',
      ],
    });
    expect(t.lenderType).toBe('platform-unspecified');
    expect(t.lender.name).toBe('好帮手');
    // A heading that names the page ("极光分期 · 确认借款") is no line of business: no name is taken
    // from it, and a letter keeps its blank for the lender.
    const heading = readSpec({
      title: '极光分期 确认借款',
      text: ['极光分期 · 确认借款', '借款金额 5,000.00 元', '借款期限 12个月', '年化利率 18%'],
    });
    expect(heading.lender.name).toBeNull();
  });
});
