/**
 * Finance leases: a rent plan is the lessor's 应收 but the lessee's payments; quarterly rents over a
 * term of months, started one period before the first rent when the page says rent falls 期末; a
 * deposit set against a later rent; a plan paid less often than monthly with no start date is a
 * doubt. Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { analyseTerms } from '@/lib/analysis/analyse';
import type { RawTable } from '@/lib/model/extraction';
import { defaultSettings } from '@/lib/storage/settings';
import { readSpec } from '../support/raw';

const rentPlan = (rows: string[][], headers = ['期项', '应收日期', '租金']): RawTable => ({
  locator: '#rent',
  headers,
  rows,
  finePrint: false,
});

/** 1,200,000 at 6% a year in 8 quarterly rents of 160,300.83 (the last 160,300.84). */
const quarterly = rentPlan(
  Array.from({ length: 8 }, (_, i) => {
    const month = 7 + 3 * i;
    const date = `${String(2026 + Math.floor((month - 1) / 12))}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-10`;
    return [String(i + 1), date, i === 7 ? '160,300.84' : '160,300.83'];
  }),
);

describe('a lease’s rent plan', () => {
  it('is the lessee’s plan, its 租金 the instalment', () => {
    // 180,000 等额本金 at 0.5% a month: 15,000 + 900 = 15,900, then 15,825.
    const t = readSpec({
      pairs: [
        ['租赁本金', '180,000.00'],
        ['租赁期限', '12个月'],
        ['租金计算方法', '等额本金'],
        ['起租日', '2026-02-15'],
      ],
      // Month k: 15,000 principal + 0.5% of the 180,000 − 15,000 × (k − 1) still owed: 900 − 75 × (k − 1).
      tables: [
        rentPlan(
          Array.from({ length: 12 }, (_, k) => [
            String(k + 1),
            `${String(2026 + Math.floor((k + 2) / 12))}-${String(((k + 2) % 12) + 1).padStart(2, '0')}-15`,
            `${String(15900 - 75 * k)}.00`,
            '15000.00',
            `${String(900 - 75 * k)}.00`,
          ]),
          ['期项', '应收日期', '租金', '本金', '利息'],
        ),
      ],
    });
    expect([t.principal, t.termMonths, t.disbursementDate]).toEqual([
      '180000.00',
      12,
      '2026-02-15',
    ]);
    expect(t.payments.slice(0, 2).map((p) => p.amount)).toEqual(['15900.00', '15825.00']);
  });

  it('pays quarterly rents over the term, from one quarter before the first when rent is 期末', () => {
    const t = readSpec({
      pairs: [
        ['租赁本金', '1,200,000.00'],
        ['租赁期限', '24个月'],
        ['付租类型', '期末'],
      ],
      tables: [quarterly],
    });
    expect(t.payments).toHaveLength(8);
    expect(t.disbursementDate).toBe('2026-04-10');
  });

  it('doubts quarterly rents with no start date, never counting them as months', () => {
    const terms = readSpec({
      pairs: [
        ['租赁本金', '1,200,000.00'],
        ['租赁期限', '24个月'],
      ],
      tables: [quarterly],
    });
    const report = analyseTerms(terms, {
      input: 'x',
      url: 'x',
      title: '',
      settings: defaultSettings,
      now: '2026-11-30T00:00:00.000Z',
    });
    expect(report.apr).toBeNull();
    expect(report.reading?.doubt?.figures.check).toBe('payments-not-monthly');
  });

  it('sets a deposit against the rent it covers', () => {
    // 保证金 20,000 paid at the start covers rent 3: 34,647.58 − 20,000 = 14,647.58.
    const t = readSpec({
      pairs: [
        ['租赁本金', '100,000.00'],
        ['租赁期限', '3个月'],
        ['起租日', '2026-03-20'],
        ['租赁保证金', '20,000.00（起租日一次付清）'],
      ],
      text: ['租赁保证金20,000.00元于起租日由承租人一次付清，不计利息，到期用于冲抵第3期租金。'],
      tables: [
        rentPlan([
          ['1', '2026-04-20', '34,647.59'],
          ['2', '2026-05-20', '34,647.59'],
          ['3', '2026-06-20', '34,647.58'],
        ]),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['34647.59', '34647.59', '14647.58']);
    expect(t.received).toBe('80000.00');
  });
});
