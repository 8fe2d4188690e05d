/**
 * Round eighty-four: a debt restructured at the lender names the sum its new plan repays in prose,
 * beside the old loan's figures — "剩余本金7860.00元分10期按等额本金方式归还" (a mediation's 协议),
 * "剩余本金及利息合计56000.00元作为分期本金，分60期偿还" (a card centre's 个性化分期). That sum is a
 * candidate for the amount lent, and the plan's own arithmetic chooses it over the old loan's. A
 * refinance order's "手续费支付方式 贷前扣除" takes its 手续费 at payout. A lease restructured into 12
 * cards ("期数 1 期 · 应还日期 · 应还总额 · 应还本金 · 应还利息") is read from its cards, and its 36-month
 * term is not the plan's 12; the old lease's 净融资额 beside it leaves the report in doubt. A plan whose
 * header is drawn apart above a table of bare figures ("期数 | 本金 | 利息 | 租金 | 服务费") reads its
 * 服务费 column as a fee of each period.
 */
import { describe, expect, it } from 'vitest';
import { doubtBeforeRate } from '@/lib/analysis/sanity-gate';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('a restructured balance said in prose', () => {
  it('is the principal of a plan that splits it into instalments', () => {
    const t = readSpec({
      pairs: [
        ['借款本金', '12000.00'],
        ['已还本金', '4140.00'],
      ],
      text: [
        '剩余本金7860.00元分10期按等额本金方式归还，每期还本786.00元，利息按月利率0.6%按剩余本金计收，首期还款日2026-02-15，此后每月15日还款，还款总额8119.38元（其中利息259.38元）。',
      ],
    });
    expect(t.principal).toBe('7860.00');
    expect(t.payments).toHaveLength(10);
  });

  it('is the principal the plan says it takes as its own', () => {
    const t = readSpec({
      pairs: [['借款本金', '52316.18']],
      text: [
        '银行同意减免其他费用2108.00元，剩余本金及利息合计56000.00元作为分期本金，分60期偿还。',
        '每期偿还分期本金933.33元（末期933.53元），并按分期本金的0.25%每月收取分期手续费140.00元，每期应还1073.33元（末期1073.53元），首期还款日2026-03-05，应还总额64400.00元。',
      ],
    });
    expect(t.principal).toBe('56000.00');
    expect(t.payments).toHaveLength(60);
  });

  it('leaves the loan’s own amount where no plan repays the remaining principal', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12000.00'],
        ['借款期限', '12个月'],
        ['年利率', '12.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['截至今日剩余本金8000.00元。'],
    });
    expect(t.principal).toBe('12000.00');
  });
});

describe('a fee whose way of payment is named in a field of its own', () => {
  const ORDER: [string, string][] = [
    ['贷款金额', '10920.00'],
    ['利率/期(%)', '1.5'],
    ['还款方式', '先息后本'],
    ['还款周期', '6'],
    ['手续费', '520.00'],
  ];

  it('is taken at payout when it says 贷前扣除', () => {
    const t = readSpec({ pairs: [...ORDER, ['手续费支付方式', '贷前扣除']] });
    expect(t.fees.find((f) => f.name === '手续费')).toMatchObject({
      when: 'upfront',
      amount: '520.00',
    });
  });

  it('is not when the way of payment is a bank transfer', () => {
    const t = readSpec({ pairs: [...ORDER, ['手续费支付方式', '银行转账']] });
    expect(t.fees.find((f) => f.name === '手续费')?.when).not.toBe('upfront');
  });
});

/** 36,000 restructured: 6,000 of principal first, then 11 equal parts, 0.55% a month on the balance. */
function restructuredCards(): [string, string][] {
  const out: [string, string][] = [];
  let balance = 3600000;
  for (let k = 1; k <= 12; k++) {
    const part = k === 1 ? 600000 : k === 12 ? balance : 272727;
    const interest = Math.round(balance * 0.0055);
    const month = String(((k + 1) % 12) + 1).padStart(2, '0');
    const year = k <= 10 ? '2026' : '2027';
    const yuan = (cents: number): string => (cents / 100).toFixed(2);
    out.push(
      ['期数', `${String(k)} 期`],
      ['应还日期', `${year}-${month}-26`],
      ['应还总额', yuan(part + interest)],
      ['应还本金', yuan(part)],
      ['应还利息', yuan(interest)],
    );
    balance -= part;
  }
  return out;
}

describe('a lease restructured into a plan of cards', () => {
  it('is the plan: its principal, what it paid out and its number of periods', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '110600.00'],
        ['净融资额', '108000.00'],
        ['租赁期限(月)', '36'],
        ['月利率(%)', '0.55'],
        ...restructuredCards(),
      ],
      lead: [
        '剩余租金本金36,000.00元作为重组本金；重组后共12期，首期还本金6,000.00元及当期利息，其余11期等额本金，月利率0.55%。',
      ],
    });
    expect(t.principal).toBe('36000.00');
    // The old lease's 净融资额 is more than this plan lends: the figures do not add up, and the
    // report says so rather than choose for the borrower.
    expect(doubtBeforeRate(t)?.code).toBe('received-above-principal');
    expect(t.termMonths).toBe(12);
    expect(t.payments.map((p) => p.amount).slice(0, 3)).toEqual(['6198.00', '2892.27', '2877.27']);
    expect(t.payments.at(-1)?.amount).toBe('2742.30');
  });
});

describe('a plan whose header is drawn apart', () => {
  // 4 rents of 2,539.14 at 0.7% a month on 10,000, with a 50.00 服务费 in a column of its own.
  const rows = [
    ['1', '2469.14', '70.00', '2539.14', '50.00'],
    ['2', '2486.42', '52.72', '2539.14', '50.00'],
    ['3', '2503.83', '35.31', '2539.14', '50.00'],
    ['4', '2540.61', '17.78', '2558.39', '50.00'],
  ];
  function plan(header: string[]): ReturnType<typeof rawOf> {
    const raw = rawOf({
      pairs: [
        ['融资金额', '10,000.00元'],
        ['期限', '4月'],
        ['月利率', '0.7%'],
      ],
      text: header,
      tables: [tableOf([], rows, '#plan')],
    });
    const first = raw.blocks.length - rows.length * 5;
    raw.blocks.slice(first).forEach((b, k) => {
      b.locator = `#plan > div:nth-of-type(${String(k + 1)})`;
    });
    return raw;
  }

  it('takes the runs above the table for its header', () => {
    const t = readTerms(plan(['期数', '本金', '利息', '租金', '服务费']));
    expect(t?.payments.map((p) => p.amount)).toEqual(['2589.14', '2589.14', '2589.14', '2608.39']);
  });

  it('does not when the runs above are figures', () => {
    const t = readTerms(plan(['1', '2', '3', '4', '5']));
    expect(t?.payments.map((p) => p.amount)).not.toContain('2589.14');
  });
});

describe('plan cards numbered 1/12 whose 本期合计 holds a fee', () => {
  function cards(withTotal: boolean): [string, string][] {
    const out: [string, string][] = [];
    for (let k = 1; k <= 12; k++) {
      const month = ((k + 2) % 12) + 1;
      const year = k <= 9 ? 2026 : 2027;
      out.push(
        ['期数', `${String(k)}/12`],
        ['还款日期', `${String(year)}-${String(month).padStart(2, '0')}-25`],
        ['应还本金', '1,000.00元'],
        ['应还利息', '0.00元'],
        ['分期手续费', '78.00元'],
      );
      if (withTotal) out.push(['本期合计', '1,078.00元']);
    }
    return out;
  }
  const LOAN: [string, string][] = [
    ['分期金额', '12,000.00元'],
    ['放款日期', '2026-03-15'],
    ['分期期数', '12期'],
    ['每期手续费率', '0.65%'],
    ['应还合计', '12,936.00元'],
  ];

  it('reads each card’s 本期合计 as its instalment', () => {
    const t = readSpec({ pairs: [...LOAN, ...cards(true)] });
    expect(t.payments.map((p) => p.amount)).toEqual(Array(12).fill('1078.00'));
  });

  it('reads no plan from cards whose fee no card sums, the loan’s 应还合计 above them notwithstanding', () => {
    const t = readSpec({ pairs: [...LOAN, ...cards(false)] });
    expect(t.payments.map((p) => p.amount)).not.toContain('1000.00');
  });
});
