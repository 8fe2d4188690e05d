/**
 * Round seventy-nine's patterns: plan cards whose status sits on a line of its own between the
 * row's date and its parts (page 2909); a product list's filter whose 还款方式 is set to 不限 beside
 * the methods it could be set to, and a help page's question about a rate (2910). Each expected
 * figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec } from '../support/raw';

describe('plan cards with a status between the date and the parts', () => {
  // 3,000.00 over 3 months at 1.00 % a month, 等额本息: 3,000 × 0.01 / (1 − 1.01⁻³) = 1,020.07;
  // interest 30.00, 20.10, 10.10; principal 990.07, 999.97, 1,009.96; the last 1,020.06.
  const card = (k: number, due: string, status: string, parts: string, amount: string) => [
    `第${String(k)}/3期 · ${due}`,
    status,
    parts,
    amount,
  ];
  const cards = [
    ...card(1, '2026-04-14', '已还清', '本金 990.07 + 利息 30.00', '1,020.07'),
    ...card(2, '2026-05-14', '已逾期9天', '本金 999.97 + 利息 20.10', '1,020.07'),
    ...card(3, '2026-06-14', '待还款', '本金 1,009.96 + 利息 10.10', '1,020.06'),
  ];

  it('keeps each card’s date with its own amount', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款期数', '3期'],
        ['还款方式', '等额本息'],
      ],
      text: ['还款计划', ...cards],
    });
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-04-14', '2026-05-14', '2026-06-14']);
    expect(amountsOf(t)).toEqual(['1020.07', '1020.07', '1020.06']);
  });
});

describe('a product list’s filters and questions', () => {
  const list = {
    pairs: [
      ['期限', '不限'],
      ['还款方式', '不限'],
    ] as [string, string][],
    text: [
      '到期还本付息',
      '按月付息,到期还本',
      '等额本息',
      '常见问题',
      '日利率0.05%折合年化是多少？',
      '年化利率(单利)和IRR有什么区别？',
    ],
  };

  it('is no loan: a filter set to 不限 chooses no method, a question states no rate', () => {
    expect(readTerms(rawOf(list))).toBeNull();
  });

  it('still reads a rate stated before a question', () => {
    // "年化利率18%，确认借款吗？": the rate is said in its own clause; the question is another.
    const t = readSpec({
      pairs: [
        ['借款金额', '1,000.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '等额本息'],
      ],
      text: ['您的借款年化利率18%，确认借款吗？'],
    });
    expect(t.statedRates.filter((r) => r.context === undefined).map((r) => r.value)).toEqual([
      '0.18',
    ]);
  });
});

describe('a plan row whose status carries a note', () => {
  it('runs on past "待还（本期）"', () => {
    // 3,000.00 over 3 months at 1.00 % a month, 等额本息: 1,020.07, 1,020.07, 1,020.06 (as above).
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '还款日',
        '金额',
        '状态',
        ...['2026-04-14', '1,020.07 元', '已还'],
        ...['2026-05-14', '1,020.07 元', '待还（本期）'],
        ...['2026-06-14', '1,020.06 元', '待还'],
      ],
    });
    expect(amountsOf(t)).toEqual(['1020.07', '1020.07', '1020.06']);
  });
});

describe('a borrower’s post about an IOU', () => {
  // 借条: 80,000.00 for 6 months at 1.5 % a month, 87,200.00 due at the end (80,000 × 1.5 % × 6 =
  // 7,200.00 interest); only 78,800.00 was transferred, 1,200.00 kept back.
  const post = {
    lead: [
      '今借到出借人邵明远人民币80,000元，借款期限6个月，自2026年1月10日起至2026年7月10日止，月利率1.5%，到期一次性归还本金及利息，本息合计87,200元。',
      '但签完字他当天只转了78,800元，说扣下的1,200元是“手续费”。',
      '月息1.5分，8万借6个月利息就是7,200元，换成年利率是18%。',
      '月息“1分”约等于年利率12%，“1分5”就是18%。',
    ],
  };

  it('reads what the lender paid out short as the amount received', () => {
    expect(readSpec(post).received).toBe('78800.00');
  });

  it('takes the writer’s own conversions of the monthly rate as no rate of the IOU', () => {
    const stated = readSpec(post).statedRates.filter((r) => r.context === undefined);
    expect(stated.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.015']);
  });
});
