/**
 * Round eighty-six's confirmation screens, read after the round: a plan drawn by Flutter web, whose
 * "第 1 期还款日" comes in three runs; a plan grid with a period column first and a note in brackets
 * inside a row; a first-period coupon that the first instalment shown is checked to carry.
 */
import { describe, expect, it } from 'vitest';
import { amountsOf, readSpec } from '../support/raw';

describe('a plan of cards whose date label is split by the period’s figure', () => {
  // Flutter web paints "第", "1" and "期还款日" apart: 50,000 at 6 %, 先息后本, 250.00 a month.
  const due = (k: number): string => (k < 12 ? `2026-${String(k + 1)}-20` : '2027-1-20');
  const cards = Array.from({ length: 12 }, (_, i): [string, string][] => [
    ['第', String(i + 1)],
    ['期还款日', due(i + 1)],
    ['还款金额', i === 11 ? '50250.0' : '250.0'],
  ]).flat();

  it('dates each instalment by its card', () => {
    const t = readSpec({
      pairs: [
        ['申请金额（元）', '50000'],
        ['年化', '6.0%'],
        ['期数', '12'],
        ['还款方式', '先息后本'],
        ...cards,
      ],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual(
      Array.from({ length: 12 }, (_, i) =>
        i < 11 ? `2026-${String(i + 2).padStart(2, '0')}-20` : '2027-01-20',
      ),
    );
    expect(t.payments.at(-1)?.amount).toBe('50250.00');
  });
});

describe('a plan grid with a period column first', () => {
  // 5,000 over three months, 等额本金 at 0.9 % a month (45.00, 30.00, 15.00 of interest); the first
  // month's interest is taken off by a coupon, noted in brackets inside its row.
  const grid = [
    '期数',
    '还款日',
    '本金',
    '利息',
    '月供',
    '1',
    '2026-04-09',
    '1666.67',
    '0.00',
    '（券抵45.00）',
    '1666.67',
    '2',
    '2026-05-09',
    '1666.67',
    '30.00',
    '1696.67',
    '3',
    '2026-06-09',
    '1666.66',
    '15.00',
    '1681.66',
  ];

  it('is read as the table it shows, the note left out of the row', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00'],
        ['借款期限', '3期'],
        ['还款方式', '等额本金'],
      ],
      text: grid,
    });
    expect(amountsOf(t)).toEqual(['1666.67', '1696.67', '1681.66']);
    expect(t.payments[0]?.dueDate).toBe('2026-04-09');
  });

  it('is no plan when the periods do not count from the first', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00'],
        ['借款期限', '3期'],
        ['还款方式', '等额本金'],
        ['月利率', '0.9%'],
      ],
      text: grid.map((c) => (c === '1' ? '4' : c)),
    });
    // Derived from the method instead: the first month's interest is charged.
    expect(t.payments[0]?.amount).toBe('1711.67');
  });
});

describe('a first-period coupon', () => {
  // 20,000 over 12 months, 等额本金 at 10.8 % (0.9 % a month): 1,846.67 in month 1, less the
  // coupon's 180.00 of interest.
  const loan: [string, string][] = [
    ['借款金额', '20000.00'],
    ['借款期限', '12期'],
    ['还款方式', '等额本金'],
    ['年化利率(单利)', '10.8%'],
    ['放款日期', '2026-03-09'],
    ['首期还款日', '2026-04-09'],
    ['首期还款', '1666.67元'],
  ];

  it('comes off the first instalment when the first instalment shown is the method’s less it', () => {
    const t = readSpec({ pairs: [...loan, ['新客首期免息券', '-￥180.00']] });
    expect(amountsOf(t).slice(0, 3)).toEqual(['1666.67', '1831.67', '1816.67']);
    const check = t.reading?.checks.find((k) => k.id === 'per-period-vs-method');
    expect(check?.held).toBe(true);
    expect(check?.figures.coupon).toBe('180.00');
  });

  it('changes nothing when the figures do not say it was taken', () => {
    const t = readSpec({ pairs: [...loan, ['新客首期免息券', '-￥50.00']] });
    expect(t.payments[0]?.amount).toBe('1846.67');
    expect(t.reading?.checks.find((k) => k.id === 'per-period-vs-method')?.held).toBe(false);
  });
});

describe('a platform that names itself and not the lender', () => {
  const loan: [string, string][] = [
    ['借款金额', '￥6000元'],
    ['借款期限', '6月'],
    ['每月还款', '￥1072.00元'],
  ];

  it('is the platform, and the page is said to hide who lends', () => {
    const t = readSpec({
      pairs: loan,
      text: ['借款服务由速融借平台提供，资金方及借款利息以《借款合同》约定为准'],
    });
    expect(t.lender).toMatchObject({ type: 'platform-unspecified', name: '速融借' });
    expect(t.lender.hiddenBy).toMatch(/资金方及借款利息以《借款合同》约定为准/);
  });

  it('is no platform where the page names a licensed lender as the provider', () => {
    const t = readSpec({ pairs: loan, text: ['借款服务由青禾消费金融有限公司提供'] });
    expect(t.lender).toMatchObject({ type: 'consumer-finance', name: '青禾消费金融有限公司' });
  });
});
