/**
 * The interpretation chooses between candidate figures by the page's own arithmetic, records the
 * checks and the figures it left out, derives a schedule the page does not list, and reports a
 * doubt when the page's figures contradict each other. Expected amounts were computed separately
 * (Python decimal, the fixture README's rounding), not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { conceptOf } from '@/lib/reader/lexicon';
import { rawOf } from '../support/raw';

const read = (spec: Parameters<typeof rawOf>[0]) => {
  const t = readTerms(rawOf(spec));
  if (t === null) throw new Error('no terms read');
  return t;
};

describe('the label lexicon', () => {
  it.each([
    ['借多少', 'principal'],
    ['我要借', 'principal'],
    ['借款本金数额', 'principal'],
    ['现价', 'principal'],
    ['本次借款', 'principal'],
    ['借款时间', 'term'],
    ['借款周期', 'term'],
    ['分期数', 'term'],
    ['还款分期月数', 'term'],
    ['月偿还本息数额', 'per-period'],
    ['还款金额', 'per-period'],
    ['月供', 'per-period'],
    ['还款总额', 'total-repaid'],
    ['到期还款', 'total-repaid'],
    ['总利息', 'total-interest'],
    ['实际到账', 'received'],
  ])('%s names the %s', (label, role) => {
    expect(conceptOf(label)).toBe(role);
  });

  it.each(['最高可借', '可用额度', '剩余本金', '每期本金', '到账银行', '最短期限'])(
    '%s names none of them',
    (label) => {
      expect(conceptOf(label)).toBeNull();
    },
  );
});

describe('interpretation by arithmetic', () => {
  it('takes the term the per-period amount agrees with, and says which it left out', () => {
    // 12,000 at 18% a year: 12 periods give 1,100.16 (24 would give 599.09).
    const t = read({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '24期'],
        ['分期期数', '12期'],
        ['年化利率（单利）', '18%'],
        ['每期应还', '1,100.16元'],
      ],
    });
    expect(t.termMonths).toBe(12);
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.amount).toBe('1100.16');
    const check = t.reading?.checks.find((c) => c.id === 'per-period-vs-method');
    expect(check?.held).toBe(true);
    expect(check?.figures.method).toBe('等额本息');
    expect(t.reading?.rejected).toContainEqual(
      expect.objectContaining({ role: 'term', value: '24个月', reason: 'disagrees-with-figures' }),
    );
  });

  it('sets aside a term that enumerates options', () => {
    const t = read({
      pairs: [
        ['借款金额', '5,000.00元'],
        ['借款期限', '6个月、12个月、24个月'],
        ['年化利率', '12%'],
      ],
    });
    expect(t.termMonths).toBeNull();
    expect(t.reading?.rejected).toContainEqual(
      expect.objectContaining({ role: 'term', reason: 'enumeration' }),
    );
  });

  it('derives the schedule from principal, rate, term and method, and marks it derived', () => {
    // 先息后本 30,000 at 1.5% a month for 12 months: 450.00 × 11, then 30,450.00.
    const t = read({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '按月付息、到期还本'],
        ['月利率', '1.5%'],
      ],
    });
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.reading?.schedule).toBe('derived');
    expect(t.reading?.derivedFrom).toBe('rate');
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array<string>(11).fill('450.00'),
      '30450.00',
    ]);
  });

  it('continues a 等额本金 first instalment by the method', () => {
    const t = read({
      pairs: [
        ['借款本金数额', '8,000.00'],
        ['还款分期月数', '6'],
        ['月偿还本息数额', '1,413.33'],
        ['还款方式', '等额本金'],
        ['年利率', '12%'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual([
      '1413.33',
      '1400.00',
      '1386.66',
      '1373.33',
      '1360.00',
      '1346.68',
    ]);
  });

  it('reads a loan said in words: 借一万二，分十二期，每月还一千零九十六元', () => {
    const t = read({
      text: ['借一万二，分十二期，每月还一千零九十六元', '年化利率（单利）17.27%'],
    });
    expect(t.principal).toBe('12000.00');
    expect(t.termMonths).toBe(12);
    expect(t.payments.map((p) => p.amount)).toEqual(Array<string>(12).fill('1096.00'));
  });

  it('doubts figures that contradict each other: payments × n against 还款总额', () => {
    const t = read({
      pairs: [
        ['借款金额', '10,000.00元'],
        ['借款期限', '12期'],
        ['每期应还', '950.00元'],
        ['还款总额', '10,200.00元'],
      ],
    });
    expect(t.reading?.doubt).toEqual(
      expect.objectContaining({ code: 'figures-disagree', field: 'payments' }),
    );
    expect(t.reading?.doubt?.figures).toEqual(
      expect.objectContaining({ sum: '11400.00', total: '10200.00' }),
    );
  });

  it('does not read a story about someone else as the loan', () => {
    expect(
      readTerms(
        rawOf({ text: ['读者王女士向本报反映，她在某平台申请借款10,000元，合同写明分12期还款。'] }),
      ),
    ).toBeNull();
  });

  it('reads the chosen option card and none of the others', () => {
    const t = read({
      text: ['借款金额 15,000.00元 · 月利率1.35% · 等额本息'],
      controls: [
        { kind: 'radio', checked: false, label: '6期 每期 2,619.44元', locator: 'a' },
        { kind: 'radio', checked: true, label: '12期 每期 1,362.38元 ✔ 已选择', locator: 'b' },
      ],
    });
    expect(t.principal).toBe('15000.00');
    expect(t.termMonths).toBe(12);
    expect(t.payments[0]?.amount).toBe('1362.38');
  });
});

describe('totals', () => {
  it('does not take a per-period 本息 for the total repaid', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款金额', '20,000.00元'],
          ['借款期限', '12期'],
          ['还款方式', '等额本息'],
          ['年化利率', '12.00%'],
          ['本息', '1,776.98元'],
          ['担保费', '每期150.00元'],
          ['月还款总额', '1,926.98元'],
        ],
      }),
    );
    expect(t?.reading?.doubt).toBeNull();
    expect(t?.payments[0]?.amount).toBe('1926.98');
  });
});
