/**
 * Round eighty-eight (a borrower's loan records and bills, printable documents, back offices,
 * shopping instalments): a plan listed as "第1期: 还款: 2,740" with its date on the line after; a
 * short small-loan company's name under a lender's label.
 */
import { describe, expect, it } from 'vitest';
import { amountsOf, readSpec } from '../support/raw';

describe('a plan listed by period, the word for the payment between', () => {
  // 6,000 at 0.8 % a month on the whole amount: 500 of principal and 48 of interest a month.
  const rows = ['2026-02-08', '2026-03-08', '2026-04-08'].flatMap((d, i) => [
    `第${String(i + 1)}期: 还款: 548`,
    d,
  ]);

  it('is read with each row dated by the line after it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000'],
        ['还款期限', '3个月'],
        ['月利率', '0.8%'],
      ],
      text: ['每期还款期限', ...rows],
    });
    expect(amountsOf(t)).toEqual(['548.00', '548.00', '548.00']);
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-02-08', '2026-03-08', '2026-04-08']);
  });
});

describe("a small-loan company's short name", () => {
  it('is the lender under a lender’s label', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00'],
        ['借款期限', '12期'],
        ['年化利率', '11.88%'],
        ['放款机构', '云岫小额贷款'],
      ],
    });
    expect(t.lender).toMatchObject({ type: 'small-loan', name: '云岫小额贷款' });
  });
});
