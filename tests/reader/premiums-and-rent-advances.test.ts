/**
 * A car-insurance premium paid in instalments and a year's rent advanced by a lender (租金贷): the
 * amount lent is the premium or the rent, which such pages state only as what the plan repays.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const sum = (xs: string[]): string =>
  (xs.reduce((s, x) => s + Math.round(Number(x) * 100), 0) / 100).toFixed(2);

describe('a plan in a list of rows, each row its date, amount and parts in cells of their own', () => {
  it('reads each row’s date, its amount and the fee in it', () => {
    // 6,800 premium in 12: 566.67 × 11 + 566.63 = 6,800.00, plus 6,800 × 0.8% = 54.40 a month.
    const row = (k: number, due: string, p: string): string[] => [
      `第${String(k)}/12期`,
      `${due} 应还 ${sum([p, '54.40'])}元`,
      `本金${p} + 分期服务费54.40`,
    ];
    const rows = Array.from({ length: 12 }, (_, i) =>
      row(i + 1, `2027-${String(i + 1).padStart(2, '0')}-20`, i === 11 ? '566.63' : '566.67'),
    );
    const t = readSpec({
      pairs: [
        ['分期期数:', '12期'],
        ['每期应还:', '621.07元（末期621.03元）'],
        ['还款总额:', '7452.80元'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(t.payments[0]).toMatchObject({ dueDate: '2027-01-20', amount: '621.07' });
    expect(t.payments[11]?.amount).toBe('621.03');
    expect(sum(t.payments.map((p) => p.amount))).toBe('7452.80');
    expect(t.principal).toBe('6800.00');
  });
});

describe('a plan whose total and interest are stated, but not the amount lent', () => {
  it('takes the total less the interest as lent, where the rows add up to the total', () => {
    // 10 × 480.00 = 4,800.00 = 分期还款总额; 分期利息 0.00: 4,800.00 lent.
    const rows = Array.from({ length: 10 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 3).padStart(2, '0')}-10`,
      '480.00',
    ]);
    const t = readSpec({
      pairs: [
        ['分期期数:', '10期'],
        ['分期利息:', '0.00元'],
        ['分期还款总额:', '4800.00元'],
      ],
      tables: [tableOf(['期数', '还款日', '应还金额'], rows)],
    });
    expect(t.principal).toBe('4800.00');
  });

  it('does not when the rows add up to something else', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [
      String(i + 1),
      `2026-${String(i + 3).padStart(2, '0')}-10`,
      '490.00',
    ]);
    const t = readTerms(
      rawOf({
        pairs: [
          ['分期期数:', '10期'],
          ['分期利息:', '0.00元'],
          ['分期还款总额:', '4800.00元'],
        ],
        tables: [tableOf(['期数', '还款日', '应还金额'], rows)],
      }),
    );
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('a year’s rent advanced to the landlord and repaid monthly with a service fee', () => {
  const rows = Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    `2026-${String(i + 1).padStart(2, '0')}-01`,
    '3,000.00',
    '180.00',
    '3,180.00',
  ]);
  const page = {
    pairs: [['丁方（租金服务方）：', '栖岸小额贷款有限公司']] as [string, string][],
    text: [
      '起租日由丁方向甲方一次性支付12个月租金36,000.00元，甲方收到后即视为乙方已付清全年租金。',
      '（二）月付服务费：乙方每期另向丁方支付月付服务费，即每期180.00元，每期合计3,180.00元，12期合计应还38,160.00元。',
    ],
    tables: [
      tableOf(
        ['期数', '还款日', '应还租金', '月付服务费', '合计'],
        // The sums row, one cell short as the page draws it.
        [...rows, ['合计', '36,000.00', '2,160.00', '38,160.00']],
      ),
    ],
  };

  it('reads the rent as the principal each period repays, the plan’s total as the instalment', () => {
    // 12 × 3,000.00 = 36,000.00 lent; 12 × 3,180.00 = 38,160.00 repaid.
    const t = readSpec(page);
    expect(t.principal).toBe('36000.00');
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.amount).toBe('3180.00');
    expect(sum(t.payments.map((p) => p.amount))).toBe('38160.00');
  });

  it('does not take the lender’s payment to the landlord as what the borrower repays', () => {
    const t = readSpec(page);
    expect(t.reading?.doubt ?? null).toBeNull();
  });

  it('names the fee without the clause’s number or its first character', () => {
    const t = readSpec(page);
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.name)).toEqual(['月付服务费']);
  });
});
